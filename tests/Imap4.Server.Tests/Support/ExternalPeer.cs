using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Imap4.Server.Tests.Support;

/// <summary>
/// Runs an external program (curl, python3) as a real peer. A missing program fails the test loudly instead of
/// skipping it: the interop tests are only meaningful when the peer actually runs.
/// </summary>
internal static class ExternalPeer
{
    /// <summary>The outcome of one run: exit code, standard output and standard error.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string? stdin = null, int timeoutSeconds = 30)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start.");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{program} is required for this interop test and was not found (scripts/test.sh installs it): {e.Message}");
            throw;
        }
        using (process)
        {
            if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            Task<string> stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            Task<string> stderr = process.StandardError.ReadToEndAsync(cts.Token);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish within {timeoutSeconds} s.");
            }
            return new Result(process.ExitCode, await stdout, await stderr);
        }
    }
}
