using System.Buffers;

namespace Imap4.Protocol.Tests.Wire;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/> values, as System.IO.Pipelines hands them out.</summary>
internal static class Segments
{
    /// <summary>Splits <paramref name="data"/> at the given offsets (ascending; repeats give empty segments).</summary>
    public static ReadOnlySequence<byte> Split(byte[] data, params int[] cuts)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(cuts);
        var first = new Chunk(data.AsMemory(0, cuts.Length == 0 ? data.Length : cuts[0]), 0);
        var last = first;
        for (int i = 0; i < cuts.Length; i++)
        {
            int start = cuts[i];
            int end = i + 1 < cuts.Length ? cuts[i + 1] : data.Length;
            if (start < last.Start || end < start) throw new ArgumentException("cuts must be ascending and within data", nameof(cuts));
            last = last.Append(data.AsMemory(start, end - start));
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary>One segment per byte (the worst case for code that assumes contiguous memory).</summary>
    public static ReadOnlySequence<byte> OneBytePerSegment(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var cuts = new int[Math.Max(0, data.Length - 1)];
        for (int i = 0; i < cuts.Length; i++) cuts[i] = i + 1;
        return Split(data, cuts);
    }

    private sealed class Chunk : ReadOnlySequenceSegment<byte>
    {
        public Chunk(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public long Start => RunningIndex;

        public Chunk Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Chunk(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
