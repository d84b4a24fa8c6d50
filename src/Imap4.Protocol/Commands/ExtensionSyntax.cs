using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Shared argument shapes of the extension commands.</summary>
internal static class ExtensionSyntax
{
    /// <summary>
    /// <c>item / "(" item *(SP item) ")"</c> of astrings (METADATA entries, ANNOTATEMORE entries and attributes).
    /// With <paramref name="bareRun"/>, also accepts several bare items up to the end of the line.
    /// </summary>
    public static List<string> ReadOneOrList(ref ImapReader reader, bool bareRun = false)
    {
        var items = new List<string>();
        if (reader.TryEnterList())
        {
            do items.Add(reader.ReadAString());
            while (reader.TryReadSpace());
            reader.ExitList();
            return items;
        }
        items.Add(reader.ReadAString());
        while (bareRun && reader.TryReadSpace()) items.Add(reader.ReadAString());
        return items;
    }

    /// <summary>Writes one item bare, several as a parenthesised list; <paramref name="quoted"/> forces strings over atoms.</summary>
    public static void WriteOneOrList(ImapWriter writer, IReadOnlyList<string> items, bool quoted = false)
    {
        if (items.Count == 0) throw new InvalidOperationException("at least one item is required");
        if (items.Count > 1) writer.WriteByte((byte)'(');
        for (int i = 0; i < items.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(items[i]);
            if (i > 0) writer.WriteSpace();
            if (quoted) writer.WriteString(items[i]);
            else writer.WriteAString(items[i]);
        }
        if (items.Count > 1) writer.WriteByte((byte)')');
    }
}
