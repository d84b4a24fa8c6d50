using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// GETMETADATA (RFC 5464): <c>GETMETADATA [(MAXSIZE n DEPTH d)] mailbox entries</c>. The empty mailbox name means the
/// server's own annotations. One entry is written bare, several as a list.
/// </summary>
/// <param name="Mailbox">The mailbox, or <c>new MailboxName("")</c> for server metadata.</param>
/// <param name="Entries">The entries, e.g. <c>/shared/comment</c> (at least one; case-insensitive).</param>
public sealed record GetMetadataCommand(MailboxName Mailbox, IReadOnlyList<string> Entries) : ImapCommand
{
    /// <summary>MAXSIZE: only return values up to this many octets.</summary>
    public uint? MaxSize { get; init; }

    /// <summary>DEPTH: also return children (1) or all descendants (infinity).</summary>
    public MetadataDepth? Depth { get; init; }

    /// <inheritdoc />
    public override string Name => "GETMETADATA";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Entries);
        foreach (string e in Entries) MetadataSyntax.CheckEntry(e, nameof(Entries));
        WriteOptions(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        writer.WriteSpace();
        ExtensionSyntax.WriteOneOrList(writer, Entries);
    }

    private void WriteOptions(ImapWriter writer)
    {
        if (MaxSize is null && Depth is null) return;
        writer.WriteRaw(" ("u8);
        if (MaxSize is { } max)
        {
            writer.WriteRaw("MAXSIZE "u8);
            writer.WriteNumber(max);
            if (Depth is not null) writer.WriteSpace();
        }
        if (Depth is { } depth) writer.WriteRaw(depth switch { MetadataDepth.One => "DEPTH 1", MetadataDepth.Infinity => "DEPTH infinity", _ => "DEPTH 0" });
        writer.WriteByte((byte)')');
    }

    /// <summary>
    /// Reads <c>[SP getmetadata-options] SP mailbox SP entries</c>. Tolerates what RFC 5464's own examples send: the options
    /// after the mailbox, and several entries without parentheses.
    /// </summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static GetMetadataCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        uint? maxSize = null;
        MetadataDepth? depth = null;
        if (reader.TryEnterList())
        {
            ReadOptions(ref reader, ref maxSize, ref depth);
            reader.ReadSpace();
        }
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        List<string> entries;
        if (reader.TryEnterList())
        {
            if (IsOptionNext(ref reader) && maxSize is null && depth is null)
            {
                ReadOptions(ref reader, ref maxSize, ref depth);
                reader.ReadSpace();
                entries = ReadEntries(ref reader);
            }
            else
            {
                entries = ReadEntryList(ref reader);
            }
        }
        else
        {
            entries = ReadEntries(ref reader);
        }
        return new GetMetadataCommand(mailbox, entries) { MaxSize = maxSize, Depth = depth };
    }

    private static bool IsOptionNext(ref ImapReader reader)
    {
        if (!reader.TryPeek(out byte b)) return false;
        b = (byte)(b & ~0x20);
        return b is (byte)'M' or (byte)'D'; // entries start with "/" or a quote; options are MAXSIZE and DEPTH
    }

    /// <summary>Options after "(": <c>MAXSIZE number</c> and <c>DEPTH ("0" / "1" / "infinity")</c>, each once, then ")".</summary>
    private static void ReadOptions(ref ImapReader reader, ref uint? maxSize, ref MetadataDepth? depth)
    {
        do
        {
            long start = reader.Position;
            if (reader.TryReadKeyword("MAXSIZE"u8) && maxSize is null)
            {
                reader.ReadSpace();
                maxSize = reader.ReadNumber();
            }
            else if (reader.TryReadKeyword("DEPTH"u8) && depth is null)
            {
                reader.ReadSpace();
                depth = reader.TryReadKeyword("0"u8) ? MetadataDepth.Zero
                    : reader.TryReadKeyword("1"u8) ? MetadataDepth.One
                    : reader.TryReadKeyword("INFINITY"u8) ? MetadataDepth.Infinity
                    : throw new ImapParseException(reader.Position, "DEPTH must be 0, 1 or infinity");
            }
            else
            {
                throw new ImapParseException(start, "expected GETMETADATA option MAXSIZE or DEPTH (each at most once)");
            }
        }
        while (reader.TryReadSpace());
        reader.ExitList();
    }

    /// <summary>entries: one entry, a list, or (tolerated) several bare entries up to the end of the line.</summary>
    private static List<string> ReadEntries(ref ImapReader reader)
    {
        if (reader.TryEnterList()) return ReadEntryList(ref reader);
        var entries = new List<string> { MetadataSyntax.ReadEntry(ref reader) };
        while (reader.TryReadSpace()) entries.Add(MetadataSyntax.ReadEntry(ref reader));
        return entries;
    }

    private static List<string> ReadEntryList(ref ImapReader reader)
    {
        var entries = new List<string>();
        do entries.Add(MetadataSyntax.ReadEntry(ref reader));
        while (reader.TryReadSpace());
        reader.ExitList();
        return entries;
    }

    /// <inheritdoc />
    public bool Equals(GetMetadataCommand? other) =>
        other is not null && MaxSize == other.MaxSize && Depth == other.Depth && Equals(Mailbox, other.Mailbox)
        && ValueEquality.Equal(Entries, other.Entries, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(MaxSize, Depth, Mailbox, ValueEquality.Hash(Entries, StringComparer.OrdinalIgnoreCase));
}
