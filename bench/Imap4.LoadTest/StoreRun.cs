using System.Diagnostics;
using Imap4.Client;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Search;

namespace Imap4.LoadTest;

/// <summary>
/// <c>store</c>: APPEND throughput and SEARCH TEXT latency over IMAP, per target in turn (a fresh server each). The
/// first tenth of <c>--messages</c> is appended one message per APPEND, the rest with MULTIAPPEND in batches of
/// <c>--batch</c>; both over <c>--connections</c> parallel connections of one user. A message counts once its APPEND
/// is acknowledged (tagged OK: committed for the SQLite store and Dovecot). Then SEARCH TEXT for a common word, a rare
/// word and an absent one: one warm-up, then the median of <c>--runs</c>; hit counts are checked against the corpus.
/// </summary>
public static class StoreRun
{
    private static readonly string[] Words = [Corpus.CommonWord, Corpus.RareWord, Corpus.AbsentWord];

    public static async Task RunAsync(Arguments args)
    {
        int messages = args.Number("messages", 100_000);
        int connections = args.Number("connections", 4);
        int batch = args.Number("batch", 100);
        int runs = args.Number("runs", 5);
        string[] names = args.Strings("targets", ["memory", "sqlite", "dovecot"]);
        var corpus = new Corpus();
        int single = messages / 10;
        var rows = new List<(string Target, Phase Single, Phase Multi, (double P50, int Hits)[] Search)>();
        foreach (string name in names)
        {
            await using ITarget target = await Targets.StartAsync(name, users: 1, maxConnections: connections + 1);
            ImapClient[] clients = await Seeder.OpenManyAsync(connections, connections, _ => Seeder.LoginAsync(target, 0));
            try
            {
                Phase one = await AppendAsync(clients, corpus, 0, single, 1);
                Phase many = await AppendAsync(clients, corpus, single, messages, batch);
                Console.Error.WriteLine($"{name}: appended {messages} ({one.Rate:F0} msgs/s single, {many.Rate:F0} msgs/s MULTIAPPEND)");
                (double, int)[] search = await SearchAsync(clients[0], messages, runs);
                rows.Add((name, one, many, search));
            }
            finally
            {
                foreach (ImapClient c in clients) await c.DisposeAsync();
            }
        }
        Print(rows, messages, connections, batch, runs);
    }

    /// <summary>Elapsed time of a phase and what it appended.</summary>
    public readonly record struct Phase(int Messages, long Bytes, double Seconds)
    {
        public double Rate => Messages / Seconds;

        public double MegabytesPerSecond => Bytes / Seconds / 1_048_576;
    }

    private static async Task<Phase> AppendAsync(ImapClient[] clients, Corpus corpus, int from, int to, int batch)
    {
        int next = from;
        long bytes = 0;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async client =>
        {
            while (true)
            {
                int start = Interlocked.Add(ref next, batch) - batch;
                if (start >= to) return;
                AppendMessage[] messages = [.. Enumerable.Range(start, Math.Min(batch, to - start)).Select(i => new AppendMessage(corpus.Message(i)))];
                AppendResult result = messages.Length == 1
                    ? await client.AppendAsync("INBOX", messages[0].Content)
                    : await client.AppendAsync("INBOX", messages);
                Interlocked.Add(ref bytes, messages.Sum(m => (long)m.Content.Length));
                GC.KeepAlive(result);
            }
        }));
        return new Phase(to - from, bytes, sw.Elapsed.TotalSeconds);
    }

    private static async Task<(double, int)[]> SearchAsync(ImapClient client, int messages, int runs)
    {
        MailboxInfo inbox = await client.SelectAsync("INBOX");
        if (inbox.Exists != messages) throw new InvalidOperationException($"INBOX holds {inbox.Exists} messages, expected {messages}");
        var result = new (double, int)[Words.Length];
        for (int w = 0; w < Words.Length; w++)
        {
            int hits = (await client.SearchAsync(SearchQuery.Text(Words[w]))).Count; // warm-up
            var times = new double[runs];
            for (int r = 0; r < runs; r++)
            {
                long start = Stopwatch.GetTimestamp();
                hits = (await client.SearchAsync(SearchQuery.Text(Words[w]))).Count;
                times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            int expected = w == 1 ? Corpus.RareCount(messages) : w == 2 ? 0 : hits;
            if (hits != expected) throw new InvalidOperationException($"SEARCH TEXT {Words[w]}: {hits} hits, expected {expected}");
            result[w] = (Latencies.Percentile(times, 0.5), hits);
        }
        return result;
    }

    private static void Print(List<(string Target, Phase Single, Phase Multi, (double P50, int Hits)[] Search)> rows, int messages, int connections, int batch, int runs)
    {
        Console.WriteLine($"{messages} messages (2–8 KB, generated), {connections} connections in parallel; durable = counted at the tagged OK.");
        Console.WriteLine();
        Console.WriteLine($"| server | APPEND (1 per command, {rows[0].Single.Messages} msgs) msgs/s | MB/s | MULTIAPPEND ({batch} per command, {rows[0].Multi.Messages} msgs) msgs/s | MB/s |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Target} | {Report.F(r.Single.Rate)} | {Report.F(r.Single.MegabytesPerSecond)} | {Report.F(r.Multi.Rate)} | {Report.F(r.Multi.MegabytesPerSecond)} |");
        Console.WriteLine();
        Console.WriteLine($"SEARCH TEXT over all {messages} messages, median of {runs} runs after one warm-up (hits in parentheses):");
        Console.WriteLine();
        Console.WriteLine($"| server | common \"{Words[0]}\" ms | rare \"{Words[1]}\" ms | absent \"{Words[2]}\" ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Target} | {Report.F(r.Search[0].P50)} ({r.Search[0].Hits}) | {Report.F(r.Search[1].P50)} ({r.Search[1].Hits}) | {Report.F(r.Search[2].P50)} ({r.Search[2].Hits}) |");
        Console.WriteLine();
        if (rows.Select(r => r.Search[0].Hits).Distinct().Count() > 1) Console.WriteLine("WARNING: the servers disagree on the common word's hit count.");
        Report.Machine();
    }
}
