using System.Globalization;
using System.Text.RegularExpressions;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed partial class QResyncTests
{
    [GeneratedRegex(@"\[HIGHESTMODSEQ (\d+)\]")]
    private static partial Regex HighestModSeq();

    [GeneratedRegex(@"\[UIDVALIDITY (\d+)\]")]
    private static partial Regex UidValidity();

    [Fact]
    public async Task Select_qresync_replays_vanished_earlier_and_changed_flags_and_uid_fetch_vanished()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 4);
        await using var a = await MailClient.LoginAsync(server);
        MailClient.Ok(await a.CommandAsync("a0", "ENABLE QRESYNC"));
        List<string> select = MailClient.Ok(await a.CommandAsync("a1", "SELECT INBOX"));
        string modseq = HighestModSeq().Match(string.Join("\n", select)).Groups[1].Value;
        string validity = UidValidity().Match(string.Join("\n", select)).Groups[1].Value;
        MailClient.Ok(await a.CommandAsync("a2", "STORE 1 +FLAGS.SILENT (\\Seen)"));
        MailClient.Ok(await a.CommandAsync("a3", "UID STORE 2 +FLAGS.SILENT (\\Deleted)"));
        Assert.Equal(["* VANISHED 2"], MailClient.Ok(await a.CommandAsync("a4", "EXPUNGE")));
        MailClient.Ok(await a.CommandAsync("a5", "UNSELECT"));
        List<string> resync = MailClient.Ok(await a.CommandAsync("a6", $"SELECT INBOX (QRESYNC ({validity} {modseq} 1:4))"));
        Assert.Contains("* VANISHED (EARLIER) 2", resync);
        Assert.Contains(resync, l => l.StartsWith("* 1 FETCH (UID 1 FLAGS (\\Seen) MODSEQ (", StringComparison.Ordinal));
        Assert.Contains("* 3 EXISTS", resync);
        ulong since = ulong.Parse(modseq, CultureInfo.InvariantCulture);
        List<string> fetch = MailClient.Ok(await a.CommandAsync("a7", $"UID FETCH 1:* (FLAGS) (CHANGEDSINCE {since} VANISHED)"));
        Assert.Equal("* VANISHED (EARLIER) 2", fetch[0]);
        Assert.Matches(@"^\* 1 FETCH \(UID 1 FLAGS \(\\Seen\) MODSEQ \(\d+\)\)$", Assert.Single(fetch[1..]));
    }

    [Fact]
    public async Task Qresync_parameter_without_enable_is_bad()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        Assert.StartsWith("a BAD", (await client.CommandAsync("a", "SELECT INBOX (QRESYNC (1 1))"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_all_of_an_empty_mailbox_is_ok_and_create_returns_mailboxid()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        Assert.Matches(@"^c OK \[MAILBOXID \([^)]+\)\] CREATE completed\.$", (await client.CommandAsync("c", "CREATE Empty"))[^1]);
        Assert.Contains(await client.CommandAsync("s", "SELECT Empty"), l => l.StartsWith("* OK [MAILBOXID (", StringComparison.Ordinal));
        Assert.Equal(["a OK FETCH completed."], await client.CommandAsync("a", "FETCH 1:* FLAGS"));
        Assert.StartsWith("b BAD", (await client.CommandAsync("b", "FETCH 1 FLAGS"))[^1], StringComparison.Ordinal);
    }
}
