using System.Diagnostics;

namespace Imap4.Cli.Tests.Serve;

/// <summary><c>dotnet imap4.dll serve</c> as a child process: signals end it cleanly.</summary>
public sealed class ServeProcessTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Signal_ShutsDownCleanly_WithExitCode0(string signal)
    {
        using var temp = new TempDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "imap4.dll"), "serve", "--data", temp.Data, "--listen", "127.0.0.1:0", "--tls-listen", "127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        var output = new NotifyingWriter(ServeOutput.ReadyMarker);
        Task pump = PumpAsync(process.StandardOutput, output);
        try
        {
            Task first = await Task.WhenAny(output.MarkerSeen, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(first == output.MarkerSeen, "serve did not start: " + output.Text);
            ServeOutput info = ServeOutput.Parse(output.Text);
            Assert.True(await Clients.CanLoginAsync(info.Port, "demo", info.DemoPassword!));

            using (Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await pump;
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped; the store is closed.", await error, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static async Task PumpAsync(StreamReader reader, TextWriter sink)
    {
        while (await reader.ReadLineAsync() is { } line) sink.WriteLine(line);
    }
}
