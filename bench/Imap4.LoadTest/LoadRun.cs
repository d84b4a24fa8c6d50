using System.Diagnostics;
using System.Globalization;
using Imap4.Client;

namespace Imap4.LoadTest;

/// <summary>
/// <c>load</c>: the mixed workload (<see cref="LoadClient"/>) with N concurrent clients, each its own user with its own
/// INBOX seeded with the same messages, against every target. All targets run side by side and take turns at each
/// client count, so that load from elsewhere on the machine falls on all of them alike.
/// </summary>
public static class LoadRun
{
    public static async Task RunAsync(Arguments args)
    {
        int[] levels = args.Numbers("clients", [10, 50, 200]);
        var duration = TimeSpan.FromSeconds(args.Number("seconds", 30));
        int seedMessages = args.Number("seed-messages", 30);
        string[] names = args.Strings("targets", ["memory", "sqlite", "dovecot"]);
        int users = levels.Max();
        var corpus = new Corpus();
        var targets = new List<ITarget>();
        try
        {
            foreach (string name in names) targets.Add(await Targets.StartAsync(name, users, users));
            foreach (ITarget target in targets)
            {
                var sw = Stopwatch.StartNew();
                await Seeder.SeedAsync(target, corpus, users, seedMessages);
                Console.Error.WriteLine($"{target.Name}: {users} users x {seedMessages} messages seeded in {sw.Elapsed.TotalSeconds:F1} s");
            }
            var results = new List<(int Clients, string Target, double Seconds, Latencies Latencies)>();
            foreach (int clients in levels)
            {
                foreach (ITarget target in targets)
                {
                    (double seconds, Latencies latencies) = await RunLevelAsync(target, corpus, clients, duration, seedMessages);
                    results.Add((clients, target.Name, seconds, latencies));
                    Console.Error.WriteLine($"{target.Name}, {clients} clients: {latencies.Summary(LoadClient.Operations)[^1].Count / seconds:F0} ops/s");
                }
            }
            Report.Load(results, names, duration, seedMessages);
        }
        finally
        {
            foreach (ITarget target in targets) await target.DisposeAsync();
        }
    }

    private static async Task<(double Seconds, Latencies Latencies)> RunLevelAsync(ITarget target, Corpus corpus, int clients, TimeSpan duration, int seedMessages)
    {
        ImapClient[] connections = await Seeder.OpenManyAsync(clients, 16, i => Seeder.LoginAsync(target, i));
        try
        {
            var latencies = new Latencies();
            DateTime deadline = DateTime.UtcNow + duration;
            var sw = Stopwatch.StartNew();
            await Task.WhenAll(connections.Select((c, i) => RunClientAsync(new LoadClient(c, corpus, seed: i, seedMessages), deadline, latencies)));
            return (sw.Elapsed.TotalSeconds, latencies);
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>A client that fails stops; the failure is counted (and shown) instead of ending the whole run.</summary>
    private static async Task RunClientAsync(LoadClient client, DateTime deadline, Latencies latencies)
    {
        try
        {
            await client.RunAsync(deadline, latencies);
        }
        catch (Exception e) when (e is ImapException or IOException or InvalidOperationException)
        {
            latencies.Fail(e);
        }
    }

    internal static string Format(double value) => value.ToString(value >= 100 ? "F0" : value >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture);
}
