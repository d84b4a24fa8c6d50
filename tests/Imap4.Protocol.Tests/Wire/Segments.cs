using System.Buffers;

namespace Imap4.Protocol.Tests.Wire;

/// <summary>Builds multi-segment sequences to test code over segment boundaries.</summary>
public static class Segments
{
    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, Segment? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }

    /// <summary>Splits <paramref name="data"/> at the given ascending offsets.</summary>
    public static ReadOnlySequence<byte> Split(byte[] data, params int[] cuts)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(cuts.Where(c => c > 0 && c < data.Length).Distinct().Order());
        bounds.Add(data.Length);
        Segment? first = null, last = null;
        for (int i = 0; i + 1 < bounds.Count; i++)
        {
            last = new Segment(data.AsMemory(bounds[i], bounds[i + 1] - bounds[i]), last);
            first ??= last;
        }
        if (first is null) return ReadOnlySequence<byte>.Empty;
        return new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    /// <summary>Every byte in its own segment.</summary>
    public static ReadOnlySequence<byte> OneBytePerSegment(byte[] data) =>
        Split(data, Enumerable.Range(1, Math.Max(0, data.Length - 1)).ToArray());
}
