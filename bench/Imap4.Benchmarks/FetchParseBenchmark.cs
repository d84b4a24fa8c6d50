using BenchmarkDotNet.Attributes;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;

namespace Imap4.Benchmarks;

/// <summary>
/// Parses 100 000 FETCH responses of the fixture (min, env, full) from one in-memory buffer: frames are located by
/// scanning for LF, then each is given to ResponseParser.Parse.
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
    public int ParseAll() => Run(_data, Variant, null);

    /// <summary>Parses every frame; checks the fixture rule (last Message-ID, attachment count); returns the count.</summary>
    public static int Run(byte[] data, string variant, List<FetchResponse>? keep)
    {
        var memory = new ReadOnlyMemory<byte>(data);
        int start = 0, count = 0, attachments = 0;
        FetchResponse? last = null;
        while (start < data.Length)
        {
            int lf = data.AsSpan(start).IndexOf((byte)'\n');
            int end = start + lf + 1;
            var response = (FetchResponse)ResponseParser.Parse(memory[start..end]);
            if (response.BodyStructure is { } body) attachments += CountAttachments(body);
            keep?.Add(response);
            last = response;
            count++;
            start = end;
        }
        Verify(variant, count, attachments, last);
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
