using Imap4.Protocol.Primitives;
using Imap4.Storage.InMemory;

namespace Imap4.Storage.Tests.InMemory;

/// <summary>Behaviour the in-memory store's options add to the contract.</summary>
public sealed class InMemoryMailStoreTests
{
    [Fact]
    public async Task Message_above_the_size_limit_is_toobig()
    {
        var store = new InMemoryMailStore(new InMemoryMailStoreOptions { MaxMessageSize = 100 });
        var inbox = await (await store.CreateAccountAsync("u")).OpenMailboxAsync(MailboxName.Inbox);
        var e = await Assert.ThrowsAsync<MailStoreException>(() => inbox.AppendAsync(new MemoryStream(new byte[101])).AsTask());
        Assert.Equal(MailStoreError.TooBig, e.Error);
        await inbox.AppendAsync(new MemoryStream("Subject: ok\r\n\r\nx\r\n"u8.ToArray()));
    }

    [Fact]
    public async Task Accounts_can_be_created_on_open()
    {
        var store = new InMemoryMailStore(new InMemoryMailStoreOptions { CreateAccountsOnOpen = true });
        var account = await store.OpenAccountAsync("new");
        Assert.Equal("new", account.User);
        Assert.Equal(["new"], await store.ListAccountsAsync().ToListAsync());
    }

    [Fact]
    public async Task Default_quota_applies_to_new_accounts_and_dates_follow_the_clock()
    {
        var now = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var store = new InMemoryMailStore(new InMemoryMailStoreOptions { DefaultQuota = new QuotaLimits(Messages: 1), TimeProvider = new Clock(now) });
        var account = await store.CreateAccountAsync("u");
        var inbox = await account.OpenMailboxAsync(MailboxName.Inbox);
        Assert.Equal(1, (await account.GetQuotaAsync()).Limits.Messages);
        await inbox.AppendAsync(new MemoryStream("Subject: a\r\n\r\nx\r\n"u8.ToArray()));
        var m = await inbox.GetMessagesAsync().SingleAsync();
        Assert.Equal(now, m.InternalDate.ToUniversalTime());
        Assert.Equal(now, m.SaveDate.ToUniversalTime());
        Assert.True(inbox.UidValidity >= (uint)now.ToUnixTimeSeconds());
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
