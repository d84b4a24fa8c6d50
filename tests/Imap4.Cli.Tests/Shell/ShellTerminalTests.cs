using System.Diagnostics;
using System.Globalization;
using System.Text;
using Imap4.Cli.Tests.Serve;

namespace Imap4.Cli.Tests.Shell;

/// <summary><c>imap4 shell</c> on a real terminal: a pseudo-terminal from util-linux <c>script</c>, typed into key by key.</summary>
public sealed class ShellTerminalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Terminal_PromptsWithoutEchoingThePassword_EditsLines_KeepsHistory_AndHandlesCtrlCAndCtrlD()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string password = serve.Info.DemoPassword!;
        string history = Path.Combine(temp.Path, "history");
        string dll = Path.Combine(AppContext.BaseDirectory, "imap4.dll");
        string port = serve.Info.Port.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("script")
        {
            ArgumentList = { "-qfec", $"dotnet '{dll}' shell -H 127.0.0.1 -p {port} --history '{history}'", "/dev/null" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("IMAP4_PASSWORD");
        start.Environment["TERM"] = "xterm";
        using Process process = Process.Start(start)!;
        var screen = new StringBuilder();
        Task pump = PumpAsync(process.StandardOutput, screen);
        try
        {
            await TypeAfterAsync(process, screen, "Username: ", "demo\r");
            await TypeAfterAsync(process, screen, "Password for demo@127.0.0.1: ", password + "\r");
            await TypeAfterAsync(process, screen, "Connected.", "var x = 20;\r");
            await TypeAfterAsync(process, screen, "> ", "x * 2\r", occurrence: 2);
            // Up recalls "x * 2"; Backspace removes the 2; "3" and Enter.
            await TypeAfterAsync(process, screen, "40", "\u001b[A\u007f3\r");
            // Ctrl+C discards the line being typed; Ctrl+D on an empty line ends the session.
            // Ctrl+C cancels a running entry, whether it passes ct on or not, and the session goes on.
            await TypeAfterAsync(process, screen, "60", "await Task.Delay(600_000, ct)\r\u0003");
            await TypeAfterAsync(process, screen, "Cancelled", "await Task.Delay(600_000)\r\u0003");
            await TypeAfterAsync(process, screen, "Cancelled", "nonsense\u0003if (x > 1) {\rPrint(\"big\");\r}\r", occurrence: 2);
            await TypeAfterAsync(process, screen, "\"big\"", "\u0004");
            await process.WaitForExitAsync().WaitAsync(Patience);
            await pump;
            Assert.Equal(0, process.ExitCode);
            Assert.DoesNotContain(password, Text(screen), StringComparison.Ordinal);
            Assert.Contains(". ", Text(screen), StringComparison.Ordinal); // the continuation prompt
            Assert.Contains("^C", Text(screen), StringComparison.Ordinal);
            Assert.DoesNotContain("CS0103", Text(screen), StringComparison.Ordinal); // "nonsense" never ran
            string[] saved = await File.ReadAllLinesAsync(history);
            Assert.Equal(["var x = 20;", "x * 2", "x * 3", "await Task.Delay(600_000, ct)", "await Task.Delay(600_000)", "if (x > 1) {", "Print(\"big\");", "}"], saved);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static string Text(StringBuilder screen)
    {
        lock (screen) return screen.ToString();
    }

    private static async Task TypeAfterAsync(Process process, StringBuilder screen, string marker, string keys, int occurrence = 1)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (Count(Text(screen), marker) < occurrence)
        {
            Assert.False(process.HasExited, "the shell ended early: " + Text(screen));
            Assert.False(deadline.IsCancellationRequested, $"'{marker}' not seen in: {Text(screen)}");
            await Task.Delay(20);
        }
        await process.StandardInput.WriteAsync(keys);
        await process.StandardInput.FlushAsync();
    }

    private static int Count(string text, string marker)
    {
        int count = 0;
        for (int i = text.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder screen)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
            lock (screen) screen.Append(buffer, 0, read);
    }
}
