using BenchmarkDotNet.Attributes;
using Imap4.Mime;
using Imap4.Mime.Imap;
using Imap4.Mime.Parsing;

namespace Imap4.Benchmarks;

/// <summary>
/// MIME parsing and FETCH data computation: the differential corpus, a 10 MB mailbox of typical messages (synchronous
/// and asynchronous parse), and ENVELOPE + BODYSTRUCTURE for every corpus message (typed values, and their wire form).
/// </summary>
[MemoryDiagnoser]
public class MimeParseBenchmark
{
    private List<byte[]> _corpus = [];
    private byte[] _mailbox = [];
    private List<(int Start, int Length)> _messages = [];
    private List<MimePart> _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = MimeFixture.Corpus();
        (_mailbox, _messages) = MimeFixture.Mailbox(10L * 1024 * 1024);
        _parsed = [.. _corpus.Select(m => MimeParser.Parse(m).Root)];
    }

    [Benchmark]
    public long ParseCorpus() => ParseAll(_corpus);

    [Benchmark]
    public long ParseMailbox() => ParseMailbox(_mailbox, _messages);

    [Benchmark]
    public Task<long> ParseMailboxAsync() => ParseMailboxAsync(_mailbox, _messages);

    [Benchmark]
    public int EnvelopeAndBodyStructure() => FetchData(_parsed);

    [Benchmark]
    public long EnvelopeAndBodyStructureWire() => FetchWire(_parsed);

    public static long ParseAll(List<byte[]> messages)
    {
        long size = 0;
        foreach (byte[] m in messages) size += MimeParser.Parse(m).Size;
        return size;
    }

    public static long ParseMailbox(byte[] data, List<(int Start, int Length)> messages)
    {
        long size = 0;
        foreach (var (start, length) in messages)
        {
            using var stream = new MemoryStream(data, start, length, writable: false);
            size += MimeParser.Parse(stream).Size;
        }
        return size;
    }

    public static async Task<long> ParseMailboxAsync(byte[] data, List<(int Start, int Length)> messages)
    {
        long size = 0;
        foreach (var (start, length) in messages)
        {
            using var stream = new MemoryStream(data, start, length, writable: false);
            size += (await MimeParser.ParseAsync(stream).ConfigureAwait(false)).Size;
        }
        return size;
    }

    /// <summary>Typed ENVELOPE and BODYSTRUCTURE for each message; returns a checksum of part counts.</summary>
    public static int FetchData(List<MimePart> messages)
    {
        int n = 0;
        foreach (var m in messages)
        {
            var envelope = ImapFetchData.GetEnvelope(m);
            var body = ImapFetchData.GetBodyStructure(m, extensible: true);
            n += (envelope.From?.Count ?? 0) + (body is Imap4.Protocol.Fetch.MultipartBody mp ? mp.Parts.Count : 1);
        }
        return n;
    }

    /// <summary>ENVELOPE and BODYSTRUCTURE in wire form for each message; returns the bytes written.</summary>
    public static long FetchWire(List<MimePart> messages)
    {
        long n = 0;
        foreach (var m in messages) n += ImapFetchData.Envelope(m).Length + ImapFetchData.BodyStructure(m).Length;
        return n;
    }
}
