using System.Diagnostics;
using Imap4.Client;
using Imap4.Mime.Codecs;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;

namespace Imap4.Benchmarks;

/// <summary>
/// <c>--client-quick</c>: the whole client path over the in-memory FETCH fixture: ImapClient connected to
/// <see cref="FixtureServerStream"/>, LOGIN, SELECT INBOX, then <see cref="ImapClient.FetchAsync(MessageSet, IReadOnlyList{FetchAttribute}, FetchOptions?, CancellationToken)"/>
/// of all N messages as typed results (subject decoded, attachment found). Allocation is counted process-wide
/// because the connection reads on its own task.
/// </summary>
public static class ClientFetchRun
{
    public const int Count = 50_000;

    // The fixture stream is in memory: the credentials never leave the process.
    private static readonly ImapClientOptions Options = new()
    {
        Connection = ImapConnectionOptions.Default with { AllowPlaintextAuthentication = true },
    };

    public static async Task RunAsync(int count, int rounds = 5)
    {
        Console.WriteLine($"ImapClient.FetchAsync over the in-memory fixture, N = {count}, best of {rounds} rounds after 2 warm-ups");
        Console.WriteLine($"{"variant",-7} {"bytes/msg",10} {"MB/s",8} {"msgs/s",12} {"alloc/msg",10}");
        foreach (string variant in FetchFixture.Variants)
        {
            byte[] data = FetchFixture.Stream(variant, count);
            await OneAsync(data, variant, count).ConfigureAwait(false);
            await OneAsync(data, variant, count).ConfigureAwait(false);
            double best = double.MaxValue;
            long allocated = long.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                (double seconds, long bytes) = await OneAsync(data, variant, count).ConfigureAwait(false);
                best = Math.Min(best, seconds);
                allocated = Math.Min(allocated, bytes);
            }
            Console.WriteLine($"{variant,-7} {data.Length / count,10} {data.Length / best / 1e6,8:F0} {count / best,12:F0} {(double)allocated / count,10:F0}");
        }
    }

    /// <summary>Items the fixture answers for a variant.</summary>
    public static FetchAttribute[] Items(string variant) => variant switch
    {
        "min" => [FetchAttribute.Uid, FetchAttribute.Rfc822Size, FetchAttribute.Flags, FetchAttribute.InternalDate],
        "env" => [FetchAttribute.Uid, FetchAttribute.Rfc822Size, FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.Envelope],
        _ => [FetchAttribute.Uid, FetchAttribute.Rfc822Size, FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.Envelope, FetchAttribute.BodyStructure],
    };

    /// <summary>One session; times and counts allocation of the FETCH only.</summary>
    private static async Task<(double Seconds, long Allocated)> OneAsync(byte[] data, string variant, int count)
    {
        var stream = new FixtureServerStream(data, count);
        await using ImapClient client = await ImapClient.ConnectAsync(stream, Options).ConfigureAwait(false);
        await client.LoginAsync("user", "pass").ConfigureAwait(false);
        await client.SelectAsync("INBOX").ConfigureAwait(false);
        FetchAttribute[] items = Items(variant);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        (int n, int attachments, int subjects, FetchResult? last) = await ConsumeAsync(client.FetchAsync(MessageSet.All, items)).ConfigureAwait(false);
        sw.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Verify(variant, count, n, attachments, subjects, last);
        return (sw.Elapsed.TotalSeconds, allocated);
    }

    /// <summary>What an application does with each result: decode the subject, find the attachments.</summary>
    public static async Task<(int Count, int Attachments, int SubjectChars, FetchResult? Last)> ConsumeAsync(IAsyncEnumerable<FetchResult> results)
    {
        int n = 0, attachments = 0, subjects = 0;
        FetchResult? last = null;
        await foreach (FetchResult r in results.ConfigureAwait(false))
        {
            if (r.Envelope?.Subject is { } subject) subjects += EncodedWords.Decode(subject).Length;
            if (r.BodyStructure is { } body) attachments += CountAttachments(body);
            last = r;
            n++;
        }
        return (n, attachments, subjects, last);
    }

    /// <summary>Attachments in a body structure, by recursion over the parts (no enumerator objects).</summary>
    public static int CountAttachments(BodyStructure body)
    {
        if (body is SinglePartBody single) return single.IsAttachment ? 1 : 0;
        int n = 0;
        if (body is MultipartBody multipart)
        {
            for (int i = 0; i < multipart.Parts.Count; i++) n += CountAttachments(multipart.Parts[i]);
        }
        return n;
    }

    private static void Verify(string variant, int count, int n, int attachments, int subjects, FetchResult? last)
    {
        if (n != count || last?.Uid != (uint)count) throw new InvalidOperationException($"got {n} results, last UID {last?.Uid}");
        if (variant != "min" && last.Envelope?.MessageId != $"<msg{count}@example.com>") throw new InvalidOperationException("last Message-ID wrong");
        if (variant != "min" && subjects != count * "Quarterly report \u2014 draft".Length) throw new InvalidOperationException("subject not decoded");
        if (attachments != (variant == "full" ? count : 0)) throw new InvalidOperationException($"attachment count {attachments}");
    }
}
