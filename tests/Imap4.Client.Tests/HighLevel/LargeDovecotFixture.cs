using Imap4.Testing;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>A private Dovecot whose quota allows messages of hundreds of megabytes.</summary>
public sealed class LargeDovecotFixture : IAsyncLifetime
{
    public DovecotServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DovecotServer.StartAsync(quotaMegabytes: 2048);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
