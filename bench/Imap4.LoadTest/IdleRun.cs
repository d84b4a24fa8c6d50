using System.Diagnostics;
using Imap4.Client;

namespace Imap4.LoadTest;

/// <summary>
/// <c>idle</c>: memory per idle connection. For each target and connection count, a fresh server with
/// <c>--users</c> users (each INBOX seeded with <c>--seed-messages</c> messages); memory is sampled, then that many
/// connections log in (connection i as user i mod users), SELECT INBOX and IDLE; after a settling pause memory is sampled
/// again and the difference divided by the count. Dovecot is measured up to <c>--dovecot-max</c> connections (one
/// process per connection).
/// </summary>
public static class IdleRun
{
    public static async Task RunAsync(Arguments args)
    {
        int[] counts = args.Numbers("connections", [1000, 10000]);
        string[] names = args.Strings("targets", ["memory", "sqlite", "dovecot"]);
        int dovecotMax = args.Number("dovecot-max", 1000);
        int users = args.Number("users", 100);
        int seedMessages = args.Number("seed-messages", 10);
        var settle = TimeSpan.FromSeconds(args.Number("settle-seconds", 5));
        var corpus = new Corpus();
        var rows = new List<(string Target, int Count, MemorySample Before, MemorySample After, int Failed)>();
        foreach (int count in counts)
        {
            foreach (string name in names)
            {
                if (name == "dovecot" && count > dovecotMax) continue;
                rows.Add(await MeasureAsync(name, count, users, seedMessages, settle, corpus));
                var last = rows[^1];
                Console.Error.WriteLine($"{name}, {count} idle: RSS +{Report.Kb((last.After.Rss - last.Before.Rss) / (double)count)} KB per connection, {last.Failed} failed");
            }
        }
        Console.WriteLine($"Idle connections: each logged in (connections spread over {users} users, {seedMessages} messages in each INBOX), INBOX selected, in IDLE; sampled after {settle.TotalSeconds:F0} s.");
        Console.WriteLine();
        Console.WriteLine("| server | connections | RSS before MB | RSS after MB | RSS per connection KB | PSS per connection KB | GC heap per connection KB | processes after |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            string gc = r.Before.GcHeap is { } b && r.After.GcHeap is { } a ? Report.Kb((a - b) / (double)r.Count) : "–";
            string failed = r.Failed > 0 ? $" ({r.Failed} failed)" : "";
            Console.WriteLine($"| {r.Target} | {r.Count}{failed} | {Report.Mb(r.Before.Rss)} | {Report.Mb(r.After.Rss)} | {Report.Kb((r.After.Rss - r.Before.Rss) / (double)r.Count)} | " +
                $"{Report.Kb((r.After.Pss - r.Before.Pss) / (double)r.Count)} | {gc} | {r.After.Processes} |");
        }
        Console.WriteLine();
        Report.Machine();
    }

    private static async Task<(string, int, MemorySample, MemorySample, int)> MeasureAsync(string name, int count, int users, int seedMessages, TimeSpan settle, Corpus corpus)
    {
        await using ITarget target = await Targets.StartAsync(name, users, count);
        await Seeder.SeedAsync(target, corpus, users, seedMessages);
        await Task.Delay(TimeSpan.FromSeconds(2));
        // One sample to discard: for our server it ends with a full compacting collection, as the later ones do.
        await target.SampleMemoryAsync();
        MemorySample before = await target.SampleMemoryAsync();
        using var stop = new CancellationTokenSource();
        var idles = new Task[count];
        var sw = Stopwatch.StartNew();
        ImapClient[] clients = await Seeder.OpenManyAsync(count, 32, async i =>
        {
            ImapClient client = await Seeder.LoginAsync(target, i % users);
            await client.SelectAsync("INBOX");
            idles[i] = client.IdleAsync(_ => ValueTask.CompletedTask, stop.Token);
            return client;
        });
        Console.Error.WriteLine($"{name}: {count} connections idle after {sw.Elapsed.TotalSeconds:F1} s");
        await Task.Delay(settle);
        MemorySample after = await target.SampleMemoryAsync();
        int failed = idles.Count(t => t.IsFaulted);
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(idles).WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (Exception e) when (e is ImapException or TimeoutException or IOException)
        {
            Console.Error.WriteLine($"{name}: ending IDLE: {e.Message}");
        }
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
        return (name, count, before, after, failed);
    }
}
