using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed class AppendTests
{
    [Fact]
    public async Task Append_returns_appenduid_and_keeps_flags_and_date()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        byte[] message = MailClient.Message("Appended");
        await client.SendAsync($"a APPEND INBOX (\\Seen $Work) \"05-Nov-2025 10:11:12 +0100\" {{{message.Length}}}\r\n");
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        await client.SendAsync([.. message, .. "\r\n"u8]);
        Assert.Matches(@"^a OK \[APPENDUID \d+ 1\] APPEND completed\.$", (await client.ReadUntilTaggedAsync("a"))[^1]);
        await client.CommandAsync("b", "SELECT INBOX");
        Assert.Equal(["* 1 FETCH (FLAGS (\\Seen $Work) INTERNALDATE \" 5-Nov-2025 10:11:12 +0100\")"],
            MailClient.Ok(await client.CommandAsync("c", "FETCH 1 (FLAGS INTERNALDATE)")));
    }

    [Fact]
    public async Task Trycreate_is_answered_before_the_literal_without_a_continuation()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        await client.SendAsync("a APPEND Missing {20}\r\n");
        Assert.Equal("a NO [TRYCREATE] The mailbox does not exist; create it first.", await client.ReadLineAsync());
        Assert.Equal(["b OK NOOP completed."], await client.CommandAsync("b", "NOOP"));
        await client.SendAsync("c APPEND \"Missing too\" {2000000000}\r\n");
        Assert.StartsWith("c NO [TOOBIG]", await client.ReadLineAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multiappend_and_binary_literal8_with_literal_plus()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        byte[] one = MailClient.Message("One");
        byte[] two = Encoding.ASCII.GetBytes("Subject: Two\r\nContent-Transfer-Encoding: binary\r\n\r\nA\0B\r\n");
        var command = new MemoryStream();
        command.Write(Encoding.ASCII.GetBytes($"a APPEND INBOX {{{one.Length}+}}\r\n"));
        command.Write(one);
        command.Write(Encoding.ASCII.GetBytes($" ~{{{two.Length}+}}\r\n"));
        command.Write(two);
        command.Write("\r\n"u8);
        await client.SendAsync(command.ToArray());
        Assert.Matches(@"^a OK \[APPENDUID \d+ 1:2\]", (await client.ReadUntilTaggedAsync("a"))[^1]);
        Assert.Contains("* STATUS INBOX (MESSAGES 2)", await client.CommandAsync("b", "STATUS INBOX (MESSAGES)"));
    }

    [Fact]
    public async Task Capabilities_advertise_what_is_implemented()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        HashSet<string> caps = Servers.Capabilities((await client.CommandAsync("a", "CAPABILITY"))[0]);
        foreach (string c in new[] { "UIDPLUS", "MOVE", "UNSELECT", "NAMESPACE", "CONDSTORE", "QRESYNC", "ESEARCH", "SEARCHRES", "LIST-EXTENDED",
                     "LIST-STATUS", "SPECIAL-USE", "CREATE-SPECIAL-USE", "CHILDREN", "STATUS=SIZE", "BINARY", "MULTIAPPEND", "APPENDLIMIT" })
            Assert.Contains(c, caps);
    }
}
