using System.Net;
using Imap4.Protocol.Primitives;
using Imap4.Server.Authentication;
using Imap4.Server.Mail;
using Imap4.Storage;
using Imap4.Storage.InMemory;

namespace Imap4.Server;

/// <summary>
/// A server for tests and embedding, started in one call on 127.0.0.1 with free ports:
/// <c>await using var server = await ImapTestServer.StartAsync(); server.AddUser("alice", "secret");</c>.
/// A plain listener is always opened; an implicit-TLS one too when a certificate is configured.
/// </summary>
public sealed class ImapTestServer : IAsyncDisposable
{
    private ImapTestServer(ImapServer server) => Server = server;

    /// <summary>The underlying server.</summary>
    public ImapServer Server { get; }

    /// <summary>The host to connect to: 127.0.0.1.</summary>
    public string Host { get; } = "127.0.0.1";

    /// <summary>The plain (STARTTLS-capable) port.</summary>
    public int Port { get; private init; }

    /// <summary>The implicit-TLS port, or null without a certificate.</summary>
    public int? TlsPort { get; private init; }

    /// <summary>The user directory, when it is the in-memory one (the default).</summary>
    /// <exception cref="InvalidOperationException">The options use another directory.</exception>
    public InMemoryUserDirectory Users => Server.Options.Users as InMemoryUserDirectory
        ?? throw new InvalidOperationException("The server does not use an InMemoryUserDirectory.");

    /// <summary>The mail store, when the backend is a <see cref="StoreMailBackend"/> (the in-memory store by default).</summary>
    /// <exception cref="InvalidOperationException">The options use another backend.</exception>
    public IMailStore Store => (Server.Options.MailBackend as StoreMailBackend)?.Store
        ?? throw new InvalidOperationException("The server does not use a StoreMailBackend.");

    /// <summary>
    /// Starts a server. Options without a mail backend get an in-memory store that creates accounts on first login.
    /// Without options: an empty in-memory directory with the minimum PBKDF2 iteration count (fast
    /// tests) and a 10 ms failed-login delay. Given options without endpoints get 127.0.0.1 listeners on free ports.
    /// </summary>
    /// <param name="options">The options, or null for test defaults.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <returns>The running server.</returns>
    public static async Task<ImapTestServer> StartAsync(ImapServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImapServerOptions
        {
            Users = new InMemoryUserDirectory { Iterations = 4096 },
            FailedLoginDelay = TimeSpan.FromMilliseconds(10),
        };
        options.MailBackend ??= new StoreMailBackend(new InMemoryMailStore(new InMemoryMailStoreOptions { CreateAccountsOnOpen = true }));
        if (options.Endpoints.Count == 0)
        {
            options.Endpoints.Add(new ImapEndpoint(new IPEndPoint(IPAddress.Loopback, 0)));
            if (options.Certificate is not null)
                options.Endpoints.Add(new ImapEndpoint(new IPEndPoint(IPAddress.Loopback, 0), ImapEndpointSecurity.ImplicitTls));
        }
        var server = new ImapServer(options);
        try
        {
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        int? plain = null, tls = null;
        for (int i = 0; i < options.Endpoints.Count; i++)
        {
            int port = server.BoundEndPoints[i].Port;
            if (options.Endpoints[i].Security == ImapEndpointSecurity.Plain) plain ??= port;
            else tls ??= port;
        }
        return new ImapTestServer(server) { Port = plain ?? 0, TlsPort = tls };
    }

    /// <summary>Adds a user (or changes the password) in the in-memory directory.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>This server, for chaining.</returns>
    public ImapTestServer AddUser(string userName, string password)
    {
        Users.SetUser(userName, password);
        return this;
    }

    /// <summary>Delivers a message into a user's mailbox through <see cref="ImapServerOptions.MailBackend"/>.</summary>
    /// <param name="userName">The recipient.</param>
    /// <param name="message">The RFC 5322 message.</param>
    /// <param name="mailbox">The mailbox; INBOX by default.</param>
    /// <param name="cancellationToken">Cancels delivery.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="InvalidOperationException">No mail backend is configured.</exception>
    public ValueTask DeliverAsync(string userName, ReadOnlyMemory<byte> message, string mailbox = "INBOX", CancellationToken cancellationToken = default)
    {
        Mail.IMailBackend backend = Server.Options.MailBackend
            ?? throw new InvalidOperationException("No mail backend: set ImapServerOptions.MailBackend to deliver messages.");
        return backend.DeliverAsync(userName, mailbox, message, cancellationToken);
    }

    /// <summary>Waits until a user's mailbox holds at least <paramref name="count"/> messages.</summary>
    /// <param name="userName">The user.</param>
    /// <param name="mailbox">The mailbox name.</param>
    /// <param name="count">The number of messages to wait for.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>The number of messages reached.</returns>
    /// <exception cref="TimeoutException">The count was not reached in time.</exception>
    public async Task<int> WaitForMessagesAsync(string userName, string mailbox, int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        IMailAccount account = await Store.OpenAccountAsync(userName, cts.Token).ConfigureAwait(false);
        try
        {
            IMailbox box = await account.OpenMailboxAsync(new MailboxName(mailbox), cts.Token).ConfigureAwait(false);
            await foreach (ulong _ in box.WatchAsync(cts.Token).ConfigureAwait(false))
            {
                MailboxStatus status = await box.GetStatusAsync(cts.Token).ConfigureAwait(false);
                if (status.Messages >= count) return status.Messages;
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
        }
        throw new TimeoutException($"{userName}/{mailbox} did not reach {count} messages within {timeout}.");
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
