using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>One attribute/value pair of a body-fld-param list, e.g. <c>"CHARSET" "UTF-8"</c>, as sent.</summary>
/// <param name="Name">The attribute name (case as sent).</param>
/// <param name="Value">The value; null when a server sent NIL (tolerated, not valid RFC 9051).</param>
public readonly record struct BodyParameter(string Name, string? Value)
{
    /// <summary>Reads body-fld-param: NIL (null) or <c>"(" string SP string *(SP string SP string) ")"</c>.</summary>
    /// <remarks>Tolerated: an empty list <c>()</c> reads as NIL; NIL as a value.</remarks>
    internal static IReadOnlyList<BodyParameter>? ReadList(ref ImapReader reader)
    {
        if (!reader.TryEnterList())
        {
            if (!reader.TryReadNil()) reader.Fail("expected body parameter list or NIL");
            return null;
        }
        var list = new ListBuilder<BodyParameter>();
        while (!reader.TryExitList())
        {
            if (list.Count > 0) reader.ReadSpace();
            string name = FetchStrings.ReadString(ref reader, intern: true);
            reader.ReadSpace();
            string? value = FetchStrings.ReadNString(ref reader, intern: true);
            list.Add(new BodyParameter(name, value));
        }
        return list.Count == 0 ? null : list.ToArray();
    }

    /// <summary>Writes NIL for null or an empty list, else the parenthesised pairs.</summary>
    internal static void WriteList(ImapWriter writer, IReadOnlyList<BodyParameter>? list)
    {
        if (list is null || list.Count == 0)
        {
            writer.WriteNil();
            return;
        }
        writer.WriteByte((byte)'(');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteString(list[i].Name);
            writer.WriteSpace();
            writer.WriteNString(list[i].Value);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>The value of the first parameter named <paramref name="name"/> (case-insensitive), or null.</summary>
    internal static string? Find(IReadOnlyList<BodyParameter>? list, string name)
    {
        if (list is null) return null;
        foreach (BodyParameter p in list)
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }
}
