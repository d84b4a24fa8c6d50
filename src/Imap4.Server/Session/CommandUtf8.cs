using System.Buffers;
using System.Text.Unicode;

namespace Imap4.Server.Session;

/// <summary>
/// The server's rule for 8-bit data in commands: outside literals only valid UTF-8 may appear. Atoms and tags are
/// 7-bit anyway; quoted strings may carry UTF-8 (RFC 9051's QUOTED-CHAR, RFC 6855) but never invalid sequences, which
/// would otherwise be decoded leniently. Literal contents are octets and are not checked here.
/// </summary>
internal static class CommandUtf8
{
    /// <summary>True when every byte of the command outside its literals belongs to valid UTF-8.</summary>
    /// <param name="frame">A complete command as framed: lines, each literal announcement followed by its bytes.</param>
    public static bool IsValid(ReadOnlySequence<byte> frame)
    {
        var reader = new SequenceReader<byte>(frame);
        while (!reader.End)
        {
            if (!reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n')) line = Rest(ref reader);
            if (!IsValidText(line)) return false;
            if (LiteralLength(line) is long n && !reader.End) reader.Advance(Math.Min(n, reader.Remaining));
        }
        return true;
    }

    private static ReadOnlySequence<byte> Rest(ref SequenceReader<byte> reader)
    {
        ReadOnlySequence<byte> rest = reader.UnreadSequence;
        reader.AdvanceToEnd();
        return rest;
    }

    private static bool IsValidText(ReadOnlySequence<byte> line)
    {
        if (line.IsSingleSegment) return Utf8.IsValid(line.FirstSpan);
        return Utf8.IsValid(line.ToArray()); // lines are bounded by the line-length limit
    }

    // "{n}", "{n+}", "~{n}" or "~{n+}" (and a CR) at the end of the line: the literal's length.
    private static long? LiteralLength(ReadOnlySequence<byte> line)
    {
        int take = (int)Math.Min(line.Length, 32);
        Span<byte> tail = stackalloc byte[take];
        line.Slice(line.Length - take).CopyTo(tail);
        if (tail.Length > 0 && tail[^1] == (byte)'\r') tail = tail[..^1];
        if (tail.Length < 3 || tail[^1] != (byte)'}') return null;
        tail = tail[..^1];
        if (tail[^1] == (byte)'+') tail = tail[..^1];
        int open = tail.LastIndexOf((byte)'{');
        if (open < 0 || open == tail.Length - 1) return null;
        long n = 0;
        foreach (byte b in tail[(open + 1)..])
        {
            if (b is < (byte)'0' or > (byte)'9' || n > long.MaxValue / 10) return null;
            n = (n * 10) + (b - '0');
        }
        return n;
    }
}
