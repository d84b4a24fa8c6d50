using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Reads and writes flags and flag lists in commands (STORE).</summary>
internal static class FlagSyntax
{
    /// <summary>flag: <c>"\" atom</c> or atom (a keyword). <c>\*</c> is refused: it only appears in PERMANENTFLAGS.</summary>
    public static Flag ReadFlag(ref ImapReader reader)
    {
        long start = reader.Position;
        bool system = reader.TryRead((byte)'\\');
        if (system && reader.TryPeek(out byte b) && b == '*') reader.Fail("\\* is not a flag that can be stored");
        ReadOnlySpan<byte> atom = reader.ReadAtomSpan();
        if (!system) return Flag.Parse(atom);
        // Prefix the backslash without allocating for the common short flags, so well-known ones come back shared.
        Span<byte> buffer = stackalloc byte[64];
        if (atom.Length < buffer.Length)
        {
            buffer[0] = (byte)'\\';
            atom.CopyTo(buffer[1..]);
            return Parse(buffer[..(atom.Length + 1)], start);
        }
        return Parse(Encoding.ASCII.GetBytes("\\" + Encoding.ASCII.GetString(atom)), start);
    }

    private static Flag Parse(ReadOnlySpan<byte> bytes, long start)
    {
        try
        {
            return Flag.Parse(bytes);
        }
        catch (ImapParseException e)
        {
            throw new ImapParseException(start + Math.Max(0, e.Position), e.Reason);
        }
    }

    /// <summary><c>flag-list / (flag *(SP flag))</c>: a parenthesised list, or bare flags up to the end of the command.</summary>
    public static List<Flag> ReadFlags(ref ImapReader reader)
    {
        var flags = new List<Flag>();
        if (reader.TryEnterList())
        {
            if (reader.TryExitList()) return flags;
            do flags.Add(ReadFlag(ref reader));
            while (reader.TryReadSpace());
            reader.ExitList();
            return flags;
        }
        do flags.Add(ReadFlag(ref reader));
        while (reader.TryReadSpace());
        return flags;
    }

    /// <summary>flag-list: <c>"(" [flag *(SP flag)] ")"</c>.</summary>
    public static void WriteFlagList(ImapWriter writer, IReadOnlyList<Flag> flags)
    {
        writer.WriteByte((byte)'(');
        for (int i = 0; i < flags.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(flags[i].Value);
        }
        writer.WriteByte((byte)')');
    }
}
