using System.Globalization;
using System.Text;

namespace Imap4.LoadTest;

/// <summary>Ready-to-paste markdown tables on standard output (progress goes to standard error).</summary>
public static class Report
{
    private static string _startLoad = "n/a";

    /// <summary>Remembers the load average at the start of the run.</summary>
    public static void Start() => _startLoad = LoadAverage();

    /// <summary>The 1/5/15-minute load averages from /proc/loadavg.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static void Machine()
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; " +
            $"load average (1/5/15 min) at start {_startLoad}, at end {LoadAverage()}.");
        Console.WriteLine();
    }

    public static void Load(List<(int Clients, string Target, double Seconds, Latencies Latencies)> results, string[] targets, TimeSpan duration, int seedMessages)
    {
        Console.WriteLine($"Mixed workload, {duration.TotalSeconds:F0} s per run, each client its own user with {seedMessages} seed messages.");
        Console.WriteLine();
        Console.WriteLine("| clients | server | ops/s | p50 ms | p99 ms | ops/s vs Dovecot |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Clients))
        {
            double? dovecot = group.Where(r => r.Target == "dovecot").Select(r => Total(r) / r.Seconds).Cast<double?>().FirstOrDefault();
            foreach (var r in group)
            {
                var all = r.Latencies.Summary(LoadClient.Operations)[^1];
                double rate = all.Count / r.Seconds;
                string ratio = dovecot is { } d && r.Target != "dovecot" ? (rate / d).ToString("F2", CultureInfo.InvariantCulture) + "x" : "–";
                Console.WriteLine($"| {r.Clients} | {r.Target} | {F(rate)} | {F(all.P50)} | {F(all.P99)} | {ratio} |");
            }
        }
        Console.WriteLine();
        foreach (var r in results.Where(r => r.Latencies.Failures.Count > 0))
        {
            Console.WriteLine($"WARNING: {r.Target}, {r.Clients} clients: {r.Latencies.Failures.Count} clients stopped on an error, first: {r.Latencies.Failures.First}");
            Console.WriteLine();
        }
        var header = new StringBuilder("| clients | operation |");
        var rule = new StringBuilder("|---|---|");
        foreach (string t in targets)
        {
            header.Append(CultureInfo.InvariantCulture, $" {t} ops/s | {t} p50 / p99 ms |");
            rule.Append("---|---|");
        }
        Console.WriteLine(header);
        Console.WriteLine(rule);
        foreach (var group in results.GroupBy(r => r.Clients))
        {
            var byTarget = group.ToDictionary(r => r.Target, r => (r.Seconds, Rows: r.Latencies.Summary(LoadClient.Operations)));
            foreach (string op in LoadClient.Operations)
            {
                var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"| {group.Key} | {op} |");
                foreach (string t in targets)
                {
                    var (seconds, rows) = byTarget[t];
                    var row = rows.FirstOrDefault(x => x.Name == op);
                    line.Append(row.Name is null ? " – | – |" : $" {F(row.Count / seconds)} | {F(row.P50)} / {F(row.P99)} |");
                }
                Console.WriteLine(line);
            }
        }
        Console.WriteLine();
        Machine();
    }

    private static int Total((int Clients, string Target, double Seconds, Latencies Latencies) r) => r.Latencies.Summary(LoadClient.Operations)[^1].Count;

    /// <summary>Three significant digits or so, invariant.</summary>
    public static string F(double value) => double.IsNaN(value) ? "–" : LoadRun.Format(value);

    /// <summary>Bytes as MB with one decimal, or KB per connection.</summary>
    public static string Mb(double bytes) => (bytes / 1_048_576).ToString("F1", CultureInfo.InvariantCulture);

    public static string Kb(double bytes) => (bytes / 1024).ToString("F1", CultureInfo.InvariantCulture);
}
