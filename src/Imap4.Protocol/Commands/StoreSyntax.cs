using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// The parts STORE shares between flags (<see cref="StoreCommand"/>) and Gmail labels (<see cref="StoreGmailLabelsCommand"/>):
/// <c>SP sequence-set [SP "(" store-modifier ")"] SP ["+" / "-"] item [".SILENT"] SP values</c>.
/// </summary>
internal static class StoreSyntax
{
    /// <summary>Reads STORE's arguments, dispatching on the item name (FLAGS or X-GM-LABELS).</summary>
    public static ImapCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        SequenceSet set = reader.ReadSequenceSet();
        reader.ReadSpace();
        ulong? unchangedSince = null;
        if (reader.TryEnterList())
        {
            unchangedSince = ReadModifiers(ref reader);
            reader.ReadSpace();
        }
        StoreAction action = reader.TryRead((byte)'+') ? StoreAction.Add : reader.TryRead((byte)'-') ? StoreAction.Remove : StoreAction.Replace;
        if (TryReadItem(ref reader, "FLAGS"u8, "FLAGS.SILENT"u8, out bool silent))
        {
            reader.ReadSpace();
            return new StoreCommand(set, action, silent, FlagSyntax.ReadFlags(ref reader)) { IsUid = isUid, UnchangedSince = unchangedSince };
        }
        if (TryReadItem(ref reader, "X-GM-LABELS"u8, "X-GM-LABELS.SILENT"u8, out silent))
        {
            reader.ReadSpace();
            return new StoreGmailLabelsCommand(set, action, silent, ReadLabels(ref reader)) { IsUid = isUid, UnchangedSince = unchangedSince };
        }
        reader.Fail("expected FLAGS, FLAGS.SILENT, X-GM-LABELS or X-GM-LABELS.SILENT");
        return null;
    }

    private static bool TryReadItem(ref ImapReader reader, ReadOnlySpan<byte> name, ReadOnlySpan<byte> silentName, out bool silent)
    {
        silent = reader.TryReadKeyword(silentName);
        return silent || reader.TryReadKeyword(name);
    }

    /// <summary>store-modifiers after "(": only UNCHANGEDSINCE mod-sequence-valzer (RFC 7162), once.</summary>
    private static ulong ReadModifiers(ref ImapReader reader)
    {
        long start = reader.Position;
        if (!reader.TryReadKeyword("UNCHANGEDSINCE"u8))
        {
            string name = reader.TryPeek(out byte b) && ImapChars.IsAtomChar(b) ? reader.ReadAtom() : "";
            throw new ImapParseException(start, name.Length == 0 ? "expected a STORE modifier" : $"unknown STORE modifier {name}");
        }
        reader.ReadSpace();
        ulong value = reader.ReadNumber64();
        if (reader.TryReadSpace()) reader.Fail("only one STORE modifier (UNCHANGEDSINCE) is defined");
        reader.ExitList();
        return value;
    }

    /// <summary>
    /// Gmail labels: a list (or bare sequence) of astrings; system labels such as <c>\Inbox</c> are flag-like
    /// (backslash and atom), which Gmail sends and accepts unquoted.
    /// </summary>
    private static List<string> ReadLabels(ref ImapReader reader)
    {
        var labels = new List<string>();
        bool list = reader.TryEnterList();
        if (list && reader.TryExitList()) return labels;
        do labels.Add(ReadLabel(ref reader));
        while (reader.TryReadSpace());
        if (list) reader.ExitList();
        return labels;
    }

    private static string ReadLabel(ref ImapReader reader) =>
        reader.TryRead((byte)'\\') ? "\\" + reader.ReadAtom() : reader.ReadAString();

    /// <summary>Writes a label: a system label (<c>\Inbox</c>) raw, any other as an astring.</summary>
    public static void WriteLabel(ImapWriter writer, string label)
    {
        if (IsSystemLabel(label)) writer.WriteRaw(label);
        else writer.WriteAString(label);
    }

    /// <summary>True for <c>\</c> followed by an atom.</summary>
    public static bool IsSystemLabel(string label) => label.Length > 1 && label[0] == '\\' && ImapChars.IsAtom(label.AsSpan(1));

    /// <summary>Writes <c>SP set [SP (UNCHANGEDSINCE n)] SP [+|-]name[.SILENT] SP</c>.</summary>
    public static void WriteHead(ImapWriter writer, SequenceSet set, ulong? unchangedSince, StoreAction action, string name, bool silent)
    {
        ArgumentNullException.ThrowIfNull(set);
        writer.WriteSpace();
        writer.WriteSequenceSet(set);
        if (unchangedSince is { } modseq)
        {
            writer.WriteRaw(" (UNCHANGEDSINCE "u8);
            writer.WriteNumber(modseq);
            writer.WriteByte((byte)')');
        }
        writer.WriteSpace();
        if (action == StoreAction.Add) writer.WriteByte((byte)'+');
        else if (action == StoreAction.Remove) writer.WriteByte((byte)'-');
        writer.WriteRaw(name);
        if (silent) writer.WriteRaw(".SILENT"u8);
        writer.WriteSpace();
    }
}
