using System.ComponentModel;
using System.Diagnostics;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Interop;

/// <summary>Python's standard imaplib as a real, independent client. python3 must be installed: the test fails otherwise.</summary>
public sealed class PythonImaplibTests
{
    private const string Script = """
        import imaplib, ssl, sys
        port = int(sys.argv[1])
        m = imaplib.IMAP4('127.0.0.1', port)
        if sys.argv[2] == 'starttls':
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            print('STARTTLS', m.starttls(ssl_context=ctx)[0])
        print('GREETING-CAPS', ' '.join(m.capabilities))
        try:
            m.login('alice', 'wrong')
            print('LOGIN-WRONG', 'OK')
        except imaplib.IMAP4.error as e:
            print('LOGIN-WRONG', 'NO', e)
        print('LOGIN', m.login('alice', 'secret')[0])
        typ, data = m.capability()
        print('CAPABILITY', typ, data[0].decode())
        print('NOOP', m.noop()[0])
        print('LOGOUT', m.logout()[0])
        a = imaplib.IMAP4('127.0.0.1', port)
        if sys.argv[2] == 'starttls':
            a.starttls(ssl_context=ctx)
        print('AUTHENTICATE', a.authenticate('PLAIN', lambda _: b'\0alice\0secret')[0])
        a.logout()
        """;

    [Fact]
    public async Task Imaplib_connects_logs_in_lists_capabilities_and_logs_out()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        string output = await RunPythonAsync(server.Port, "plain");
        Assert.Contains("GREETING-CAPS IMAP4REV2 IMAP4REV1", output, StringComparison.Ordinal);
        Assert.Contains("LOGIN-WRONG NO", output, StringComparison.Ordinal);
        Assert.Contains("AUTHENTICATIONFAILED", output, StringComparison.Ordinal);
        Assert.Contains("LOGIN OK", output, StringComparison.Ordinal);
        Assert.Contains("CAPABILITY OK IMAP4rev2 IMAP4rev1", output, StringComparison.Ordinal);
        Assert.Contains("NOOP OK", output, StringComparison.Ordinal);
        Assert.Contains("LOGOUT BYE", output, StringComparison.Ordinal);
        Assert.Contains("AUTHENTICATE OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imaplib_starttls_then_login()
    {
        await using var server = await Servers.StartAsync(o =>
        {
            o.Certificate = TestCertificate.Value;
            o.LoopbackIsSecure = false;
        });
        string output = await RunPythonAsync(server.Port, "starttls");
        Assert.Contains("STARTTLS OK", output, StringComparison.Ordinal);
        Assert.Contains("LOGIN OK", output, StringComparison.Ordinal);
        Assert.Contains("AUTHENTICATE OK", output, StringComparison.Ordinal);
    }

    private static async Task<string> RunPythonAsync(int port, string mode)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-", port.ToString(System.Globalization.CultureInfo.InvariantCulture), mode }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail("python3 is required for the imaplib interop test and was not found: " + e.Message);
            throw;
        }
        using (process)
        {
            await process.StandardInput.WriteAsync(Script);
            process.StandardInput.Close();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            Task<string> stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            Task<string> stderr = process.StandardError.ReadToEndAsync(cts.Token);
            await process.WaitForExitAsync(cts.Token);
            string output = await stdout;
            Assert.True(process.ExitCode == 0, $"python3 failed ({process.ExitCode}):\n{output}\n{await stderr}");
            return output;
        }
    }
}
