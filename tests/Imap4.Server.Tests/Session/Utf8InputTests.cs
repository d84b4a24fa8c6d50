using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Session;

/// <summary>8-bit data in commands: valid UTF-8 in quoted strings is fine, invalid UTF-8 outside literals is BAD.</summary>
public sealed class Utf8InputTests
{
    [Fact]
    public async Task Invalid_utf8_in_a_quoted_string_is_bad_but_valid_utf8_and_literal_octets_are_accepted()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 1);
        await using TestClient client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
        await client.SendAsync([.. "a SEARCH CHARSET UTF-8 SUBJECT \"caf"u8, 0xC3, 0x28, .. "\"\r\n"u8]);
        Assert.Equal("a BAD [CLIENTBUG] Invalid UTF-8 outside a literal.", await client.ReadLineAsync());
        await client.SendAsync([.. "b ID (\"name\" \"x"u8, 0xFF, .. "\")\r\n"u8]);
        Assert.Equal("b BAD [CLIENTBUG] Invalid UTF-8 outside a literal.", await client.ReadLineAsync());
        Assert.Equal(["* SEARCH"], MailClient.Ok(await client.CommandAsync("c", "SEARCH CHARSET UTF-8 SUBJECT \"café\"")));
        // Literal contents are octets: an invalid sequence inside a literal is no syntax error.
        await client.SendAsync([.. "d SEARCH CHARSET UTF-8 SUBJECT {2+}\r\n"u8, 0xC3, 0x28, .. "\r\n"u8]);
        Assert.StartsWith("d ", (await client.ReadUntilTaggedAsync("d"))[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("BAD", (await client.CommandAsync("e", "NOOP"))[^1], StringComparison.Ordinal);
        // A mailbox name with invalid UTF-8 after ENABLE UTF8=ACCEPT.
        await using TestClient utf8 = await MailClient.LoginAsync(server);
        MailClient.Ok(await utf8.CommandAsync("u", "ENABLE UTF8=ACCEPT"));
        await utf8.SendAsync([.. "f CREATE \"Bad"u8, 0xE2, 0x82, .. "\"\r\n"u8]);
        Assert.StartsWith("f BAD", await utf8.ReadLineAsync(), StringComparison.Ordinal);
        Assert.StartsWith("g OK", (await utf8.CommandAsync("g", "CREATE \"Caf\u00e9\""))[^1], StringComparison.Ordinal);
    }
}
