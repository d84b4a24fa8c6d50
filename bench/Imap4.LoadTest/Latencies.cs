using System.Collections.Concurrent;
using System.Diagnostics;

namespace Imap4.LoadTest;

/// <summary>Latency samples per operation type, recorded from many clients at once.</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="operation"/> and records its duration in milliseconds under <paramref name="name"/>.</summary>
    public async Task TimeAsync(string name, Func<Task> operation)
    {
        long start = Stopwatch.GetTimestamp();
        await operation();
        Record(name, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    private readonly ConcurrentQueue<string> _failures = new();

    /// <summary>Clients that stopped on an error, with the first message.</summary>
    public (int Count, string? First) Failures => (_failures.Count, _failures.TryPeek(out string? first) ? first : null);

    public void Fail(Exception e) => _failures.Enqueue($"{e.GetType().Name}: {e.Message}");

    public void Record(string name, double milliseconds) => _samples.GetOrAdd(name, _ => []).Add(milliseconds);

    /// <summary>Count, p50 and p99 per operation, in first-seen order of <paramref name="order"/>, then "all".</summary>
    public List<(string Name, int Count, double P50, double P99)> Summary(IReadOnlyList<string> order)
    {
        var rows = new List<(string, int, double, double)>();
        var all = new List<double>();
        foreach (string name in order)
        {
            if (!_samples.TryGetValue(name, out ConcurrentBag<double>? bag)) continue;
            double[] values = [.. bag];
            all.AddRange(values);
            rows.Add((name, values.Length, Percentile(values, 0.50), Percentile(values, 0.99)));
        }
        double[] everything = [.. all];
        rows.Add(("all", everything.Length, Percentile(everything, 0.50), Percentile(everything, 0.99)));
        return rows;
    }

    /// <summary>The nearest-rank percentile (sorts the array).</summary>
    public static double Percentile(double[] values, double p)
    {
        if (values.Length == 0) return double.NaN;
        Array.Sort(values);
        int rank = (int)Math.Ceiling(p * values.Length) - 1;
        return values[Math.Clamp(rank, 0, values.Length - 1)];
    }
}
