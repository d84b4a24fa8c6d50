using System.Globalization;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Interop;

/// <summary>
/// Twisted's IMAP4Client (python3-twisted) as a real, independent client with its own strict response parser.
/// The test fails when no python3 with Twisted is installed.
/// </summary>
public sealed class TwistedImapClientTests
{
    private const string Script = """
        import sys
        from twisted.internet import defer, protocol, task
        from twisted.mail import imap4

        class Client(imap4.IMAP4Client):
            def serverGreeting(self, caps):
                self.factory.greeted.callback(self)

        @defer.inlineCallbacks
        def main(reactor, port):
            factory = protocol.ClientFactory()
            factory.protocol = Client
            factory.greeted = defer.Deferred()
            reactor.connectTCP('127.0.0.1', int(port), factory)
            c = yield factory.greeted
            yield c.login(b'alice', b'secret')
            print('LOGIN OK')
            sel = yield c.select('INBOX')
            print('SELECT EXISTS', sel['EXISTS'], 'READ-WRITE', sel.get('READ-WRITE'), 'UIDVALIDITY', sel.get('UIDVALIDITY') is not None)
            print('SELECT FLAGS', ' '.join(sorted(sel['FLAGS'])))
            found = yield c.search(imap4.Query(subject='Message 2'))
            print('SEARCH SUBJECT', found)
            found = yield c.search(imap4.Query(all=True))
            print('SEARCH ALL', found)
            env = yield c.fetchEnvelope('1:3')
            for n in sorted(env):
                e = env[n]['ENVELOPE']
                print('ENVELOPE', n, e[1], e[2][0][0], e[2][0][2] + '@' + e[2][0][3], e[9])
            flags = yield c.fetchFlags('1:3')
            print('FLAGS', ' '.join('%d=%s' % (n, ','.join(flags[n]['FLAGS'])) for n in sorted(flags)))
            stored = yield c.addFlags('2', ['\\Flagged'], silent=0)
            print('STORE', ' '.join('%d=%s' % (n, ','.join(sorted(stored[n]['FLAGS']))) for n in sorted(stored)))
            found = yield c.search(imap4.Query(flagged=True))
            print('SEARCH FLAGGED', found)
            yield c.logout()
            print('LOGOUT OK')

        task.react(main, sys.argv[1:])
        """;

    [Fact]
    public async Task Twisted_logs_in_selects_searches_fetches_stores_and_logs_out()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 3);
        string python = await PythonWithTwistedAsync();
        ExternalPeer.Result result = await ExternalPeer.RunAsync(python, ["-", server.Port.ToString(CultureInfo.InvariantCulture)], Script);
        Assert.True(result.ExitCode == 0, "the Twisted client failed: " + result);
        string output = result.Output.Replace("\r", "", StringComparison.Ordinal);
        Assert.Contains("LOGIN OK\n", output, StringComparison.Ordinal);
        Assert.Contains("SELECT EXISTS 3 READ-WRITE True UIDVALIDITY True\n", output, StringComparison.Ordinal);
        Assert.Contains("\\Flagged", output, StringComparison.Ordinal);
        Assert.Contains("SEARCH SUBJECT [2]\n", output, StringComparison.Ordinal);
        Assert.Contains("SEARCH ALL [1, 2, 3]\n", output, StringComparison.Ordinal);
        Assert.Contains("ENVELOPE 1 Message 1 Bob bob@example.org <Message.1@example.org>\n", output, StringComparison.Ordinal);
        Assert.Contains("ENVELOPE 3 Message 3 Bob bob@example.org <Message.3@example.org>\n", output, StringComparison.Ordinal);
        // An IMAP4rev1 client: the delivered messages are \Recent in its session.
        Assert.Contains("FLAGS 1=\\Recent 2=\\Recent 3=\\Recent\n", output, StringComparison.Ordinal);
        Assert.Contains("STORE 2=\\Flagged,\\Recent\n", output, StringComparison.Ordinal);
        Assert.Contains("SEARCH FLAGGED [2]\n", output, StringComparison.Ordinal);
        Assert.Contains("LOGOUT OK\n", output, StringComparison.Ordinal);
    }

    /// <summary>The python3 on PATH, or Debian's /usr/bin/python3 when only that one has python3-twisted.</summary>
    private static async Task<string> PythonWithTwistedAsync()
    {
        foreach (string candidate in new[] { "python3", "/usr/bin/python3" })
        {
            if (candidate.StartsWith('/') && !File.Exists(candidate)) continue;
            ExternalPeer.Result probe = await ExternalPeer.RunAsync(candidate, ["-c", "import twisted.mail.imap4"]);
            if (probe.ExitCode == 0) return candidate;
        }
        Assert.Fail("python3 with Twisted (Debian package python3-twisted) is required for this interop test and was not found.");
        return "";
    }
}
