using Imap4.Client;
using Imap4.Protocol.Commands;

namespace Imap4.LoadTest;

/// <summary>Connections and seed data shared by the runs.</summary>
public static class Seeder
{
    /// <summary>Plain connections on loopback: long timeouts, since a loaded machine answers slowly.</summary>
    public static readonly ImapClientOptions ClientOptions = new()
    {
        Connection = ImapConnectionOptions.Default with { ReadTimeout = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromMinutes(2) },
    };

    public static async Task<ImapClient> LoginAsync(ITarget target, int user, CancellationToken cancellationToken = default)
    {
        ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", target.Port, ClientOptions, cancellationToken);
        try
        {
            await client.LoginAsync(ServeMode.UserName(user), ServeMode.Password, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Puts corpus messages 0..<paramref name="messages"/>-1 into the INBOX of users 0..<paramref name="users"/>-1 (MULTIAPPEND).</summary>
    public static async Task SeedAsync(ITarget target, Corpus corpus, int users, int messages)
    {
        AppendMessage[] batch = [.. Enumerable.Range(0, messages).Select(i => new AppendMessage(corpus.Message(i)))];
        await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, ct) =>
        {
            await using ImapClient client = await LoginAsync(target, user, ct);
            await client.AppendAsync("INBOX", batch, ct);
        });
    }

    /// <summary>Runs <paramref name="open"/> for 0..<paramref name="count"/>-1 with bounded concurrency (no login storm).</summary>
    public static async Task<T[]> OpenManyAsync<T>(int count, int parallel, Func<int, Task<T>> open)
    {
        var results = new T[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (i, _) => results[i] = await open(i));
        return results;
    }
}
