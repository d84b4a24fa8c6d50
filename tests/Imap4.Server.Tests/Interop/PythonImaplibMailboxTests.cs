using System.Diagnostics;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Interop;

/// <summary>Python's imaplib driving the mailbox commands: append, select, search, fetch, store, copy, expunge, list, status.</summary>
public sealed class PythonImaplibMailboxTests
{
    private const string Script = """
        import imaplib, sys, time
        m = imaplib.IMAP4('127.0.0.1', int(sys.argv[1]))
        m.login('alice', 'secret')
        msg = b'From: bob@example.org\r\nSubject: Hello from imaplib\r\n\r\nBody text.\r\n'
        for i in range(3):
            typ, data = m.append('INBOX', '(\\Flagged)' if i == 0 else None, imaplib.Time2Internaldate(time.time()), msg)
            print('APPEND', typ, data[0].decode())
        typ, data = m.select('INBOX')
        print('SELECT', typ, data[0].decode())
        typ, data = m.search(None, 'FLAGGED')
        print('SEARCH', typ, data[0].decode())
        typ, data = m.uid('SEARCH', None, 'ALL')
        print('UIDSEARCH', typ, data[0].decode())
        typ, data = m.fetch('1', '(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])')
        print('FETCH', typ, data[0][1].decode().strip())
        typ, data = m.fetch('2', '(RFC822)')
        print('RFC822', typ, len(data[0][1]), data[0][1].endswith(b'Body text.\r\n'))
        typ, data = m.store('2:3', '+FLAGS', '(\\Deleted)')
        print('STORE', typ, ' '.join(d.decode() for d in data))
        print('CREATE', m.create('Archive')[0])
        typ, data = m.copy('1', 'Archive')
        print('COPY', typ, data[0].decode())
        typ, data = m.expunge()
        print('EXPUNGE', typ, ' '.join(d.decode() for d in data))
        typ, data = m.list()
        print('LIST', typ, ' | '.join(d.decode() for d in data))
        typ, data = m.status('Archive', '(MESSAGES UIDNEXT)')
        print('STATUS', typ, data[0].decode())
        print('CLOSE', m.close()[0])
        print('LOGOUT', m.logout()[0])
        """;

    [Fact]
    public async Task Imaplib_appends_selects_searches_fetches_stores_copies_and_expunges()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        string output = await RunAsync(server.Port);
        Assert.Matches(@"APPEND OK \[APPENDUID \d+ 3\]", output);
        Assert.Contains("SELECT OK 3", output, StringComparison.Ordinal);
        Assert.Contains("SEARCH OK 1\n", output, StringComparison.Ordinal);
        Assert.Contains("UIDSEARCH OK 1 2 3", output, StringComparison.Ordinal);
        Assert.Contains("FETCH OK Subject: Hello from imaplib", output, StringComparison.Ordinal);
        Assert.Contains("RFC822 OK 66 True", output, StringComparison.Ordinal);
        // imaplib is an IMAP4rev1 client: what it appended before SELECT is \Recent in its session.
        Assert.Contains("STORE OK 2 (UID 2 FLAGS (\\Seen \\Deleted \\Recent)) 3 (UID 3 FLAGS (\\Deleted \\Recent))", output, StringComparison.Ordinal);
        Assert.Contains("COPY OK", output, StringComparison.Ordinal);
        Assert.Contains("EXPUNGE OK 3 2", output, StringComparison.Ordinal);
        Assert.Contains("(\\HasNoChildren) \"/\" Archive", output, StringComparison.Ordinal);
        Assert.Contains("STATUS OK Archive (MESSAGES 1 UIDNEXT 2)", output, StringComparison.Ordinal);
        Assert.Contains("CLOSE OK", output, StringComparison.Ordinal);
        Assert.Contains("LOGOUT BYE", output, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(int port)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
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
