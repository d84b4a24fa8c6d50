using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* n FETCH (items)</c>: data about one message (RFC 9051 section 7.5.2). The items are kept in the order sent;
/// the typed accessors find the first item of each kind (null when the server did not send it).
/// </summary>
/// <param name="SequenceNumber">The message sequence number.</param>
/// <param name="Items">The data items.</param>
public sealed record FetchResponse(uint SequenceNumber, IReadOnlyList<FetchItem> Items) : UntaggedResponse
{
    /// <inheritdoc />
    public override string Keyword => "FETCH";

    /// <summary>The first item of type <typeparamref name="T"/>, or null.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The item.</returns>
    public T? Get<T>() where T : FetchItem
    {
        foreach (FetchItem item in Items)
            if (item is T t) return t;
        return null;
    }

    /// <summary>UID, or null.</summary>
    public uint? Uid => Get<UidItem>()?.Uid;

    /// <summary>FLAGS, or null when not sent.</summary>
    public IReadOnlyList<Flag>? Flags => Get<FlagsItem>()?.Flags;

    /// <summary>INTERNALDATE, or null.</summary>
    public DateTimeOffset? InternalDate => Get<InternalDateItem>()?.Date;

    /// <summary>RFC822.SIZE, or null.</summary>
    public ulong? Size => Get<Rfc822SizeItem>()?.Size;

    /// <summary>ENVELOPE, or null.</summary>
    public Envelope? Envelope => Get<EnvelopeItem>()?.Envelope;

    /// <summary>BODYSTRUCTURE or BODY (the structure), or null.</summary>
    public BodyStructure? BodyStructure => Get<BodyStructureItem>()?.Body;

    /// <summary>MODSEQ, or null.</summary>
    public ulong? ModSeq => Get<ModSeqItem>()?.ModSeq;

    /// <summary>EMAILID, or null.</summary>
    public string? EmailId => Get<EmailIdItem>()?.EmailId;

    /// <summary>THREADID, or null (also when the server sent NIL).</summary>
    public string? ThreadId => Get<ThreadIdItem>()?.ThreadId;

    /// <summary>SAVEDATE, or null (also when the server sent NIL).</summary>
    public DateTimeOffset? SaveDate => Get<SaveDateItem>()?.Date;

    /// <summary>PREVIEW, or null (also when the server sent NIL).</summary>
    public string? Preview => Get<PreviewItem>()?.Preview;

    /// <summary>X-GM-MSGID, or null.</summary>
    public ulong? GmailMessageId => Get<GmailMessageIdItem>()?.MessageId;

    /// <summary>X-GM-THRID, or null.</summary>
    public ulong? GmailThreadId => Get<GmailThreadIdItem>()?.ThreadId;

    /// <summary>X-GM-LABELS, or null.</summary>
    public IReadOnlyList<string>? GmailLabels => Get<GmailLabelsItem>()?.Labels;

    /// <summary>Every BODY[section] item in the order sent.</summary>
    public IEnumerable<BodySectionItem> Sections
    {
        get
        {
            foreach (FetchItem item in Items)
                if (item is BodySectionItem s) yield return s;
        }
    }

    /// <summary>The BODY[section] item for <paramref name="section"/> (and <paramref name="origin"/>), or null.</summary>
    /// <param name="section">The section, e.g. <see cref="BodySection.Header"/>.</param>
    /// <param name="origin">The origin of a partial fetch, or null.</param>
    /// <returns>The item.</returns>
    public BodySectionItem? GetSection(BodySection section, uint? origin = null)
    {
        foreach (FetchItem item in Items)
            if (item is BodySectionItem s && s.Origin == origin && s.Section.Equals(section)) return s;
        return null;
    }

    /// <summary>The BINARY[part] item for <paramref name="part"/>, or null.</summary>
    /// <param name="part">The part numbers (empty for the whole message).</param>
    /// <returns>The item.</returns>
    public BinaryItem? GetBinary(params uint[] part)
    {
        foreach (FetchItem item in Items)
            if (item is BinaryItem b && b.Part.SequenceEqual(part)) return b;
        return null;
    }

    /// <summary>Reads <c>SP "(" msg-att ")"</c> after the FETCH keyword.</summary>
    /// <remarks>Tolerated: an empty list <c>()</c>, and SP before the closing parenthesis.</remarks>
    internal static FetchResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        reader.EnterList();
        var items = new ListBuilder<FetchItem>();
        while (!reader.TryExitList())
        {
            if (items.Count > 0)
            {
                reader.ReadSpace();
                if (reader.TryExitList()) break;
            }
            items.Add(FetchItemReader.Read(ref reader));
        }
        return new FetchResponse(number, items.ToArray());
    }

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteNumber(SequenceNumber);
        writer.WriteRaw(" FETCH ("u8);
        for (int i = 0; i < Items.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            Items[i].Write(writer);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public bool Equals(FetchResponse? other) =>
        other is not null && SequenceNumber == other.SequenceNumber && ValueEquality.Equal(Items, other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SequenceNumber, ValueEquality.Hash(Items));

    /// <summary>The wire form without CRLF, e.g. <c>* 1 FETCH (UID 7)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "* " + FetchText.Of(WriteData);
}
