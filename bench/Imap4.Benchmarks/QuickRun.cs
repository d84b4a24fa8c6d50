using System.Diagnostics;
using Imap4.Protocol.Responses;

namespace Imap4.Benchmarks;

/// <summary>
/// <c>--quick</c>: a short measurement without BenchmarkDotNet: MB/s, responses/s, bytes allocated per response, and
/// how much of that is the returned objects themselves (object graph walk).
/// </summary>
public static class QuickRun
{
    /// <param name="count">Responses per variant (100 000 for the issue's target, 50 000 for the shared fixture).</param>
    /// <param name="rounds">Measured rounds after two warm-up rounds; the best is reported.</param>
    public static void Run(int count, int rounds = 5)
    {
        Console.WriteLine($"{"path",-7} {"variant",-6} {"bytes/resp",10} {"MB/s",8} {"resp/s",12} {"alloc/resp",11} {"retained",9} {"overhead",9}");
        foreach (bool client in new[] { false, true })
        foreach (string variant in FetchFixture.Variants)
        {
            byte[] data = FetchFixture.Stream(variant, count);
            FetchParseBenchmark.Run(data, variant, null, client); // warm-up (and tiering)
            FetchParseBenchmark.Run(data, variant, null, client);
            double best = double.MaxValue;
            long allocated = long.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                FetchParseBenchmark.Run(data, variant, null, client);
                sw.Stop();
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }
            int n = count;
            long retained = RetainedSize(variant);
            double perResponse = (double)allocated / n;
            Console.WriteLine($"{(client ? "client" : "parse"),-7} {variant,-6} {data.Length / n,10} {data.Length / best / 1e6,8:F0} {n / best,12:F0} {perResponse,11:F0} {retained,9} {perResponse - retained,9:F0}");
        }
    }

    /// <summary>Bytes of the object graph one response owns (objects shared between responses excluded).</summary>
    private static long RetainedSize(string variant)
    {
        byte[] a = System.Text.Encoding.ASCII.GetBytes(FetchFixture.Line(variant, 7));
        byte[] b = System.Text.Encoding.ASCII.GetBytes(FetchFixture.Line(variant, 8));
        var first = (FetchResponse)ResponseParser.Parse(a);
        var second = (FetchResponse)ResponseParser.Parse(b);
        var shared = ObjectSize.Reachable(second);
        return ObjectSize.Measure(first, shared);
    }
}
