using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>The data of <c>* SEARCH</c> and <c>* SORT</c>: <c>*(SP nz-number) [SP "(" "MODSEQ" SP n ")"]</c>.</summary>
internal static class NumberListSyntax
{
    /// <summary>Reads the numbers and the optional MODSEQ (RFC 7162). A trailing SP is tolerated (older servers send it).</summary>
    internal static uint[] Read(ref ImapReader reader, out ulong? modSeq)
    {
        modSeq = null;
        var numbers = new List<uint>();
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine)
        {
            if (reader.TryEnterList())
            {
                reader.ExpectKeyword("MODSEQ"u8);
                reader.ReadSpace();
                modSeq = reader.ReadNumber64();
                reader.ExitList();
                break;
            }
            numbers.Add(reader.ReadNzNumber());
        }
        return [.. numbers];
    }

    internal static void Write(ImapWriter writer, string keyword, IReadOnlyList<uint> numbers, ulong? modSeq)
    {
        writer.WriteRaw(keyword);
        foreach (uint n in numbers)
        {
            writer.WriteSpace();
            writer.WriteNumber(n);
        }
        if (modSeq is { } m)
        {
            writer.WriteRaw(" (MODSEQ "u8);
            writer.WriteNumber(m);
            writer.WriteByte((byte)')');
        }
    }

    internal static uint[] Check(IEnumerable<uint> numbers, string name)
    {
        ArgumentNullException.ThrowIfNull(numbers, name);
        uint[] array = [.. numbers];
        return Array.IndexOf(array, 0u) < 0 ? array : throw new ArgumentException("Message numbers start at 1.", name);
    }

    internal static ulong? CheckModSeq(ulong? modSeq, string name) =>
        modSeq is null or (>= 1 and <= long.MaxValue) ? modSeq : throw new ArgumentOutOfRangeException(name);

    internal static int Hash(IReadOnlyList<uint> numbers, ulong? modSeq)
    {
        var hash = new HashCode();
        foreach (uint n in numbers) hash.Add(n);
        hash.Add(modSeq);
        return hash.ToHashCode();
    }
}
