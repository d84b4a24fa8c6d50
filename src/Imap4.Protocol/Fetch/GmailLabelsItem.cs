using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// <c>X-GM-LABELS (label ...)</c>: Gmail labels. System labels keep their backslash (<c>\Inbox</c>); other labels are
/// astrings. A label that starts with a backslash and is otherwise an atom is written bare, as a system label.
/// </summary>
/// <param name="Labels">The labels in the order sent.</param>
public sealed record GmailLabelsItem(IReadOnlyList<string> Labels) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "X-GM-LABELS";

    /// <summary>Reads <c>"(" [label *(SP label)] ")"</c>; NIL is read as no labels.</summary>
    internal static string[] ReadLabels(ref ImapReader reader)
    {
        if (reader.TryReadNil()) return [];
        reader.EnterList();
        var labels = new ListBuilder<string>();
        while (!reader.TryExitList())
        {
            if (labels.Count > 0) reader.ReadSpace();
            labels.Add(reader.TryRead((byte)'\\') ? "\\" + reader.ReadAtom() : reader.ReadAString());
        }
        return labels.ToArray();
    }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("X-GM-LABELS ("u8);
        for (int i = 0; i < Labels.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            string label = Labels[i];
            if (label.Length > 1 && label[0] == '\\' && ImapChars.IsAtom(label.AsSpan(1))) writer.WriteRaw(label);
            else writer.WriteAString(label);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public bool Equals(GmailLabelsItem? other) => other is not null && ValueEquality.Equal(Labels, other.Labels);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.Hash(Labels);
}
