using System.Diagnostics;

namespace Imap4.Cli.Tests.Shell;

/// <summary>Runs the built tool (<c>dotnet imap4.dll ...</c>) as a child process with a script on standard input.</summary>
internal static class ToolProcess
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imap4.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("IMAP4_PASSWORD");
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
            return (process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
