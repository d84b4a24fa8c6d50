using System.Text;
using Imap4.Client.Tests.Support;

namespace Imap4.Client.Tests;

public sealed class TraceTests
{
    [Fact]
    public async Task The_trace_shows_commands_and_responses_but_never_passwords_or_sasl_data()
    {
        var log = new ListLoggerFactory();
        string token = Convert.ToBase64String(Encoding.UTF8.GetBytes("\0joe\0sasl-secret"));
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("+ ");
            await s.ReadBytesAsync(13);
            await s.ReadLineAsync();
            await s.SendAsync($"{tag} NO [AUTHENTICATIONFAILED] nope");
            var (tag2, _) = await s.ReadCommandAsync();
            await s.SendAsync("+ c2VydmVyLWNoYWxsZW5nZQ==");
            await s.ReadLineAsync();
            await s.SendAsync($"{tag2} OK [CAPABILITY IMAP4rev1] in");
            var (tag3, _) = await s.ReadCommandAsync();
            await s.SendAsync($"{tag3} OK noop done");
        });
        await using ImapConnection c = await server.ConnectAsync(FakeImapServer.Options() with { LoggerFactory = log });
        await Assert.ThrowsAsync<ImapCommandException>(() => c.LoginAsync("joe", "pass\r\nword!!"));
        await c.AuthenticateAsync("X-SECRET", (_, _) => ValueTask.FromResult(Encoding.UTF8.GetBytes("\0joe\0sasl-secret")));
        await c.NoopAsync();
        string text = log.Text;
        Assert.Contains("C: A0 LOGIN ***", text, StringComparison.Ordinal);
        Assert.Contains("S: A0 NO [AUTHENTICATIONFAILED] nope", text, StringComparison.Ordinal);
        Assert.Contains("C: A2 NOOP", text, StringComparison.Ordinal);
        Assert.DoesNotContain("word!!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sasl-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VydmVyLWNoYWxsZW5nZQ", text, StringComparison.Ordinal);
        await server.Completion;
    }

    [Fact]
    public async Task A_missing_greeting_trips_the_connect_timeout()
    {
        var release = new TaskCompletionSource();
        await using var server = FakeImapServer.Start(_ => release.Task);
        var e = await Assert.ThrowsAsync<ImapConnectionException>(
            () => server.ConnectAsync(FakeImapServer.Options() with { ConnectTimeout = TimeSpan.FromMilliseconds(300) }));
        Assert.IsType<TimeoutException>(e.InnerException);
        release.SetResult();
        await server.Completion;
    }
}
