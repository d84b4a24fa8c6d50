using Imap4.Client;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;

namespace Imap4.LoadTest;

/// <summary>
/// One benchmark client: its own user and INBOX, and rounds of the mixed workload until the deadline. A round is
/// select, FETCH (FLAGS ENVELOPE) of 5 messages, FETCH BODY.PEEK[] of one, STORE ±FLAGS, SEARCH TEXT, APPEND of one
/// message, expunge of one (STORE +FLAGS \Deleted then EXPUNGE: the mailbox size stays level), and an IDLE held for
/// <see cref="IdleHold"/> (its latency is IDLE to the DONE's tagged OK minus the hold).
/// </summary>
public sealed class LoadClient(ImapClient client, Corpus corpus, int seed, int seedMessages)
{
    public static readonly TimeSpan IdleHold = TimeSpan.FromMilliseconds(25);

    public static readonly string[] Operations = ["select", "fetch-meta", "fetch-body", "store", "search", "append", "expunge", "idle"];

    private static readonly IReadOnlyList<Flag> Seen = [Flag.Seen];
    private static readonly IReadOnlyList<Flag> Deleted = [Flag.Deleted];
    private readonly Random _random = new(seed);
    private uint _exists;

    /// <summary>The client (for disposal).</summary>
    public ImapClient Client => client;

    /// <summary>Rounds until <paramref name="deadline"/>; every operation is recorded in <paramref name="latencies"/>.</summary>
    public async Task RunAsync(DateTime deadline, Latencies latencies)
    {
        client.UseUid = false; // own mailbox, no other session: sequence numbers are known exactly
        int round = 0;
        while (DateTime.UtcNow < deadline)
        {
            await latencies.TimeAsync("select", async () => _exists = (await client.SelectAsync("INBOX")).Exists);
            uint first = (uint)_random.Next(1, (int)Math.Max(1, _exists - 4) + 1);
            await latencies.TimeAsync("fetch-meta", () => CountAsync(client.FetchAsync(MessageSet.Parse($"{first}:{Math.Min(_exists, first + 4)}"), "FLAGS ENVELOPE"), 1));
            await latencies.TimeAsync("fetch-body", () => CountAsync(client.FetchAsync(MessageSet.Of(first), "BODY.PEEK[]"), 1));
            await latencies.TimeAsync("store", () => round % 2 == 0 ? client.AddFlagsAsync(MessageSet.Of(first), Seen) : client.RemoveFlagsAsync(MessageSet.Of(first), Seen));
            await latencies.TimeAsync("search", () => client.SearchAsync(SearchQuery.Text(round % 2 == 0 ? "budget" : Corpus.RareWord)));
            byte[] message = corpus.Message(_random.Next(seedMessages));
            await latencies.TimeAsync("append", async () =>
            {
                await client.AppendAsync("INBOX", message);
                _exists++;
            });
            await latencies.TimeAsync("expunge", async () =>
            {
                await client.AddFlagsAsync(MessageSet.Of(1), Deleted);
                await client.ExpungeAsync();
                _exists--;
            });
            await IdleAsync(latencies);
            round++;
        }
    }

    private async Task IdleAsync(Latencies latencies)
    {
        using var hold = new CancellationTokenSource(IdleHold);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        await client.IdleAsync(_ => ValueTask.CompletedTask, hold.Token);
        latencies.Record("idle", Math.Max(0, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds - IdleHold.TotalMilliseconds));
    }

    private static async Task CountAsync(IAsyncEnumerable<FetchResult> results, int atLeast)
    {
        int n = 0;
        await foreach (FetchResult _ in results) n++;
        if (n < atLeast) throw new InvalidOperationException($"FETCH returned {n} messages");
    }
}
