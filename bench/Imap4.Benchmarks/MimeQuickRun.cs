using System.Diagnostics;
using Imap4.Mime;
using Imap4.Mime.Messages;
using Imap4.Mime.Parsing;

namespace Imap4.Benchmarks;

/// <summary>
/// <c>--mime-quick</c>: MIME figures without BenchmarkDotNet (best of a few rounds after warm-up): parse throughput over
/// the corpus and over a 100 MB mailbox of typical messages (sync and async), bytes allocated per message, ENVELOPE +
/// BODYSTRUCTURE computations per second, and full MimeMessage loads (headers, text, preview) per second. Each workload
/// is warmed up for 2 s first, so the figures are those of fully optimised code.
/// </summary>
public static class MimeQuickRun
{
    public static void Run(int rounds = 5)
    {
        var corpus = MimeFixture.Corpus();
        long corpusBytes = corpus.Sum(m => (long)m.Length);
        var sw = Stopwatch.StartNew();
        var (mailbox, messages) = MimeFixture.Mailbox(100L * 1024 * 1024);
        Console.WriteLine($"fixture: corpus {corpus.Count} messages / {corpusBytes / 1e6:F2} MB; mailbox {messages.Count} messages / {mailbox.Length / 1e6:F1} MB (built in {sw.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"{"workload",-34} {"MB/s",8} {"msg/s",10} {"alloc/msg",10}");
        Report("parse corpus", corpusBytes, corpus.Count, rounds, () => MimeParseBenchmark.ParseAll(corpus));
        Report("parse mailbox 100 MB", mailbox.Length, messages.Count, rounds, () => MimeParseBenchmark.ParseMailbox(mailbox, messages));
        Report("parse mailbox 100 MB (async)", mailbox.Length, messages.Count, rounds,
            () => MimeParseBenchmark.ParseMailboxAsync(mailbox, messages).GetAwaiter().GetResult());
        var parsedCorpus = corpus.Select(m => MimeParser.Parse(m).Root).ToList();
        var parsedMailbox = messages.Select(m => MimeParser.Parse(new MemoryStream(mailbox, m.Start, m.Length, false)).Root).ToList();
        Report("ENVELOPE+BODYSTRUCTURE corpus", 0, parsedCorpus.Count, rounds, () => MimeParseBenchmark.FetchData(parsedCorpus));
        Report("  same, wire bytes", 0, parsedCorpus.Count, rounds, () => MimeParseBenchmark.FetchWire(parsedCorpus));
        Report("ENVELOPE+BODYSTRUCTURE mailbox", 0, parsedMailbox.Count, rounds, () => MimeParseBenchmark.FetchData(parsedMailbox));
        Report("  same, wire bytes", 0, parsedMailbox.Count, rounds, () => MimeParseBenchmark.FetchWire(parsedMailbox));
        Report("MimeMessage load+text+preview", mailbox.Length, messages.Count, rounds, () => LoadAll(mailbox, messages));
    }

    private static long LoadAll(byte[] data, List<(int Start, int Length)> messages)
    {
        long n = 0;
        foreach (var (start, length) in messages)
        {
            using var m = MimeMessage.Load(new MemoryStream(data, start, length, false));
            n += (m.Subject?.Length ?? 0) + (m.TextBody?.Length ?? 0) + m.GetPreview().Length + m.Attachments.Count;
        }
        return n;
    }

    private static void Report(string name, long bytes, int count, int rounds, Func<long> run)
    {
        // Warm up until tiered JIT has settled (dynamic PGO recompiles hot methods in the background): at least 3 runs and 2 s.
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 3 || warm.Elapsed.TotalSeconds < 2; i++) run();
        double best = double.MaxValue;
        long allocated = long.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            run();
            sw.Stop();
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        string mbs = bytes > 0 ? (bytes / best / 1e6).ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        Console.WriteLine($"{name,-34} {mbs,8} {count / best,10:F0} {(double)allocated / count,10:F0}");
    }
}
