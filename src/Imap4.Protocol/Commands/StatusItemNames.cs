using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Wire names of <see cref="StatusItem"/> values, in both directions.</summary>
public static class StatusItemNames
{
    private static readonly string[] Names =
        ["MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN", "DELETED", "SIZE", "RECENT", "HIGHESTMODSEQ", "APPENDLIMIT", "MAILBOXID", "DELETED-STORAGE"];

    /// <summary>The wire name, e.g. <c>UIDNEXT</c>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The upper-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined item.</exception>
    public static string ToWire(StatusItem item) =>
        (uint)item < (uint)Names.Length ? Names[(int)item] : throw new ArgumentOutOfRangeException(nameof(item));

    /// <summary>Looks up a wire name, case-insensitively, without allocating.</summary>
    /// <param name="name">The name's bytes.</param>
    /// <param name="item">The item when known.</param>
    /// <returns>Whether the name is a known status item.</returns>
    public static bool TryParse(ReadOnlySpan<byte> name, out StatusItem item)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(name, Names[i]))
            {
                item = (StatusItem)i;
                return true;
            }
        }
        item = default;
        return false;
    }

    /// <summary>Reads one status-att; unknown names are a parse error.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The item.</returns>
    public static StatusItem Read(ref ImapReader reader)
    {
        long start = reader.Position;
        ReadOnlySpan<byte> name = reader.ReadAtomSpan();
        if (!TryParse(name, out StatusItem item))
            throw new ImapParseException(start, $"unknown status item {CoreSyntax.Ascii(name)}");
        return item;
    }

    /// <summary>Reads "(" status-att *(SP status-att) ")".</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The items in the order given.</returns>
    public static List<StatusItem> ReadList(ref ImapReader reader)
    {
        var items = new List<StatusItem>();
        reader.EnterList();
        if (reader.TryPeek(out byte b) && b == ')') reader.Fail("expected at least one status item");
        do
        {
            items.Add(Read(ref reader));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return items;
    }

    /// <summary>Writes "(" status-att *(SP status-att) ")".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="items">At least one item.</param>
    public static void WriteList(ImapWriter writer, IReadOnlyList<StatusItem> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        writer.WriteByte((byte)'(');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(ToWire(items[i]));
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Validates and copies a caller's item list (non-empty, defined values).</summary>
    internal static IReadOnlyList<StatusItem> Check(IEnumerable<StatusItem> items, string paramName)
    {
        IReadOnlyList<StatusItem> copy = CoreSyntax.Freeze(items, paramName);
        if (copy.Count == 0) throw new ArgumentException("At least one status item is needed.", paramName);
        foreach (StatusItem item in copy)
            if ((uint)item >= (uint)Names.Length) throw new ArgumentOutOfRangeException(paramName, $"{item} is not a status item.");
        return copy;
    }
}
