using BenchmarkDotNet.Attributes;
using System.Buffers;
using Imap4.Mime.Codecs;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Benchmarks;

/// <summary>
/// Parses 100 000 FETCH responses of the fixture (min, env, full) from one in-memory buffer, the way a client does:
/// <see cref="ImapFramer"/> delimits each frame (limits checked), then <see cref="ResponseParser"/> parses it.
/// </summary>
[MemoryDiagnoser]
public class FetchParseBenchmark
{
    public const int Count = 100_000;

    private byte[] _data = [];

    [Params("min", "env", "full")]
    public string Variant { get; set; } = "full";

    [GlobalSetup]
    public void Setup() => _data = FetchFixture.Stream(Variant, Count);

    [Benchmark]
    public int ParseAll() => Run(_data, Variant, null, decodeSubjects: false);

    [Benchmark]
    public int ClientPath() => Run(_data, Variant, null, decodeSubjects: true);

    /// <summary>Parses every frame; checks the fixture rule (last Message-ID, attachment count); returns the count.</summary>
    /// <param name="data">The fixture stream.</param>
    /// <param name="variant">min, env or full.</param>
    /// <param name="keep">Where to keep the responses, or null.</param>
    /// <param name="decodeSubjects">Also decode each subject's encoded words (the fixture's "whole client path").</param>
    public static int Run(byte[] data, string variant, List<FetchResponse>? keep, bool decodeSubjects)
    {
        var sequence = new ReadOnlySequence<byte>(data);
        var framer = new ImapFramer(ImapLimits.ClientDefault, tolerateBareLineFeed: false, checkNesting: false);
        long start = 0;
        int count = 0, attachments = 0, subjectLength = 0;
        FetchResponse? last = null;
        while (start < data.Length)
        {
            ReadOnlySequence<byte> rest = sequence.Slice(start);
            FrameResult frame = framer.Decode(rest);
            if (frame.Status != FrameStatus.Complete) throw new InvalidOperationException($"framer: {frame}");
            framer.Reset();
            long end = start + frame.Length;
            var response = (FetchResponse)ResponseParser.Parse(rest.Slice(0, frame.Length));
            // The whole client path of the fixture: typed objects, the subject decoded, the attachment found.
            if (decodeSubjects && response.Envelope?.Subject is { } subject) subjectLength += EncodedWords.Decode(subject).Length;
            if (response.BodyStructure is { } body) attachments += CountAttachments(body);
            keep?.Add(response);
            last = response;
            count++;
            start = end;
        }
        Verify(variant, count, attachments, last);
        if (decodeSubjects && variant != "min" && subjectLength != count * "Quarterly report \u2014 draft".Length) throw new InvalidOperationException("subject not decoded");
        return count;
    }

    private static int CountAttachments(BodyStructure body)
    {
        int n = 0;
        foreach (BodyStructure part in body.Descendants())
            if (part is SinglePartBody { IsAttachment: true }) n++;
        return n;
    }

    private static void Verify(string variant, int count, int attachments, FetchResponse? last)
    {
        if (last?.Uid != (uint)count) throw new InvalidOperationException("last UID wrong");
        if (variant != "min" && last.Envelope?.MessageId != $"<msg{count}@example.com>")
            throw new InvalidOperationException("last Message-ID wrong");
        int expected = variant == "full" ? count : 0;
        if (attachments != expected) throw new InvalidOperationException($"attachment count {attachments}, expected {expected}");
    }
}
