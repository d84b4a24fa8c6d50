using System.Globalization;
using System.Net;
using Imap4.Server;
using Imap4.Server.Authentication;
using Imap4.Server.Mail;
using Imap4.Storage;
using Imap4.Storage.InMemory;
using Imap4.Storage.Sqlite;

namespace Imap4.LoadTest;

/// <summary>
/// <c>serve memory|sqlite DIR USERS</c>: our server in this (child) process, so that its memory is measured apart from
/// the clients'. Users <c>u0</c>..<c>u{USERS-1}</c> with password <c>pass</c> (PBKDF2 at the minimum 4 096 iterations,
/// the cheapest the directory allows). Connection limits are raised for the benchmark. Prints <c>PORT n</c>, then
/// answers each <c>stats</c> line on standard input with <c>STATS gcHeapBytes</c> (after a full collection); exits
/// when standard input closes.
/// </summary>
public static class ServeMode
{
    public static async Task RunAsync(string kind, string directory, int users)
    {
        IMailStore store = kind switch
        {
            "memory" => new InMemoryMailStore(new InMemoryMailStoreOptions { CreateAccountsOnOpen = true }),
            "sqlite" => await SqliteMailStore.OpenAsync(directory, new SqliteMailStoreOptions { CreateAccountsOnOpen = true }),
            _ => throw new ArgumentException($"unknown store {kind}", nameof(kind)),
        };
        var directoryOfUsers = new InMemoryUserDirectory { Iterations = 4096 };
        for (int i = 0; i < users; i++) directoryOfUsers.SetUser(UserName(i), Password);
        var options = new ImapServerOptions
        {
            Users = directoryOfUsers,
            MailBackend = new StoreMailBackend(store),
            // Every benchmark client comes from 127.0.0.1: the per-address default (50) would refuse them.
            MaxConnectionsPerAddress = 100_000,
            MaxConnections = 100_000,
        };
        options.Endpoints.Add(new ImapEndpoint(new IPEndPoint(IPAddress.Loopback, 0)));
        await using (var server = new ImapServer(options))
        {
            await server.StartAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PORT {server.BoundEndPoints[0].Port}"));
            while (await Console.In.ReadLineAsync() is { } line)
            {
                if (line != "stats") continue;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"STATS {GC.GetTotalMemory(forceFullCollection: true)}"));
            }
        }
        if (store is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }

    public const string Password = "pass";

    public static string UserName(int i) => "u" + i.ToString(CultureInfo.InvariantCulture);
}
