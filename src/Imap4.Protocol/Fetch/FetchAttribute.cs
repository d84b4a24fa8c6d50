using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// One item of a FETCH command: a simple attribute (<see cref="Flags"/>, <see cref="Uid"/>, ...), a macro
/// (<see cref="All"/>, <see cref="Fast"/>, <see cref="Full"/>, kept as written), a body section
/// (<see cref="BodyAt"/>, <see cref="BodyPeek"/>), a binary part (<see cref="Binary"/>, <see cref="BinaryPeek"/>,
/// <see cref="BinarySize"/>) or a preview (<see cref="Preview"/>, <see cref="PreviewLazy"/>). Immutable; simple attributes
/// are shared instances. <see cref="ToString"/> gives the wire form.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The RFC's name (fetch-att); not a .NET attribute.")]
public sealed partial class FetchAttribute : IEquatable<FetchAttribute>
{
    private FetchAttribute(FetchAttributeKind kind, BodySection? section = null, PartialRange? partial = null, bool lazy = false)
    {
        Kind = kind;
        Section = section;
        Partial = partial;
        Lazy = lazy;
    }

    /// <summary>The macro <c>ALL</c>.</summary>
    public static FetchAttribute All { get; } = new(FetchAttributeKind.All);

    /// <summary>The macro <c>FAST</c>.</summary>
    public static FetchAttribute Fast { get; } = new(FetchAttributeKind.Fast);

    /// <summary>The macro <c>FULL</c>.</summary>
    public static FetchAttribute Full { get; } = new(FetchAttributeKind.Full);

    /// <summary><c>FLAGS</c>.</summary>
    public static FetchAttribute Flags { get; } = new(FetchAttributeKind.Flags);

    /// <summary><c>UID</c>.</summary>
    public static FetchAttribute Uid { get; } = new(FetchAttributeKind.Uid);

    /// <summary><c>INTERNALDATE</c>.</summary>
    public static FetchAttribute InternalDate { get; } = new(FetchAttributeKind.InternalDate);

    /// <summary><c>RFC822.SIZE</c>.</summary>
    public static FetchAttribute Rfc822Size { get; } = new(FetchAttributeKind.Rfc822Size);

    /// <summary><c>ENVELOPE</c>.</summary>
    public static FetchAttribute Envelope { get; } = new(FetchAttributeKind.Envelope);

    /// <summary><c>BODY</c>: the body structure without extension data.</summary>
    public static FetchAttribute Body { get; } = new(FetchAttributeKind.Body);

    /// <summary><c>BODYSTRUCTURE</c>.</summary>
    public static FetchAttribute BodyStructure { get; } = new(FetchAttributeKind.BodyStructure);

    /// <summary><c>RFC822</c> (IMAP4rev1).</summary>
    public static FetchAttribute Rfc822 { get; } = new(FetchAttributeKind.Rfc822);

    /// <summary><c>RFC822.HEADER</c> (IMAP4rev1).</summary>
    public static FetchAttribute Rfc822Header { get; } = new(FetchAttributeKind.Rfc822Header);

    /// <summary><c>RFC822.TEXT</c> (IMAP4rev1).</summary>
    public static FetchAttribute Rfc822Text { get; } = new(FetchAttributeKind.Rfc822Text);

    /// <summary><c>MODSEQ</c> (RFC 7162).</summary>
    public static FetchAttribute ModSeq { get; } = new(FetchAttributeKind.ModSeq);

    /// <summary><c>EMAILID</c> (RFC 8474).</summary>
    public static FetchAttribute EmailId { get; } = new(FetchAttributeKind.EmailId);

    /// <summary><c>THREADID</c> (RFC 8474).</summary>
    public static FetchAttribute ThreadId { get; } = new(FetchAttributeKind.ThreadId);

    /// <summary><c>SAVEDATE</c> (RFC 8514).</summary>
    public static FetchAttribute SaveDate { get; } = new(FetchAttributeKind.SaveDate);

    /// <summary><c>PREVIEW</c> (RFC 8970).</summary>
    public static FetchAttribute Preview { get; } = new(FetchAttributeKind.Preview);

    /// <summary><c>PREVIEW (LAZY)</c> (RFC 8970): the server may answer NIL rather than compute the preview now.</summary>
    public static FetchAttribute PreviewLazy { get; } = new(FetchAttributeKind.Preview, lazy: true);

    /// <summary><c>X-GM-MSGID</c> (Gmail).</summary>
    public static FetchAttribute GmailMessageId { get; } = new(FetchAttributeKind.GmailMessageId);

    /// <summary><c>X-GM-THRID</c> (Gmail).</summary>
    public static FetchAttribute GmailThreadId { get; } = new(FetchAttributeKind.GmailThreadId);

    /// <summary><c>X-GM-LABELS</c> (Gmail).</summary>
    public static FetchAttribute GmailLabels { get; } = new(FetchAttributeKind.GmailLabels);

    /// <summary><c>BODY[section]&lt;origin.length&gt;</c>: a section, setting \Seen.</summary>
    /// <param name="section">The section, e.g. <see cref="BodySection.All"/> or <c>BodySection.HeaderFields("From")</c>.</param>
    /// <param name="partial">An optional byte range; its length is required.</param>
    /// <returns>The attribute.</returns>
    public static FetchAttribute BodyAt(BodySection section, PartialRange? partial = null) =>
        new(FetchAttributeKind.BodySection, NotNull(section), CheckPartial(partial));

    /// <summary><c>BODY.PEEK[section]&lt;origin.length&gt;</c>: a section, without setting \Seen.</summary>
    /// <param name="section">The section.</param>
    /// <param name="partial">An optional byte range; its length is required.</param>
    /// <returns>The attribute.</returns>
    public static FetchAttribute BodyPeek(BodySection section, PartialRange? partial = null) =>
        new(FetchAttributeKind.BodyPeek, NotNull(section), CheckPartial(partial));

    /// <summary><c>BINARY[part]&lt;origin.length&gt;</c> (RFC 3516): decoded content, setting \Seen.</summary>
    /// <param name="part">Part numbers, empty for the whole message.</param>
    /// <param name="partial">An optional byte range; its length is required.</param>
    /// <returns>The attribute.</returns>
    public static FetchAttribute Binary(IReadOnlyList<uint> part, PartialRange? partial = null) =>
        new(FetchAttributeKind.Binary, new BodySection(part), CheckPartial(partial));

    /// <summary><c>BINARY.PEEK[part]&lt;origin.length&gt;</c> (RFC 3516): decoded content, without setting \Seen.</summary>
    /// <param name="part">Part numbers, empty for the whole message.</param>
    /// <param name="partial">An optional byte range; its length is required.</param>
    /// <returns>The attribute.</returns>
    public static FetchAttribute BinaryPeek(IReadOnlyList<uint> part, PartialRange? partial = null) =>
        new(FetchAttributeKind.BinaryPeek, new BodySection(part), CheckPartial(partial));

    /// <summary><c>BINARY.SIZE[part]</c> (RFC 3516): the decoded size.</summary>
    /// <param name="part">Part numbers, empty for the whole message.</param>
    /// <returns>The attribute.</returns>
    public static FetchAttribute BinarySize(IReadOnlyList<uint> part) => new(FetchAttributeKind.BinarySize, new BodySection(part));

    private static BodySection NotNull(BodySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section;
    }

    private static PartialRange? CheckPartial(PartialRange? partial)
    {
        if (partial is { Length: null or 0 })
            throw new ArgumentException("a FETCH partial needs a length of at least 1: <origin.length>", nameof(partial));
        return partial;
    }

    /// <summary>What is asked for.</summary>
    public FetchAttributeKind Kind { get; }

    /// <summary>
    /// The section of BODY[...] and BODY.PEEK[...]; for BINARY, BINARY.PEEK and BINARY.SIZE a section holding only the
    /// part numbers. Null for the other kinds.
    /// </summary>
    public BodySection? Section { get; }

    /// <summary>The part numbers of a section or binary attribute, else empty.</summary>
    public IReadOnlyList<uint> Part => Section?.Part ?? [];

    /// <summary>The byte range <c>&lt;origin.length&gt;</c> of a section or binary attribute, if any.</summary>
    public PartialRange? Partial { get; }

    /// <summary>True for <c>PREVIEW (LAZY)</c>.</summary>
    public bool Lazy { get; }

    /// <summary>True for the macros ALL, FAST and FULL, which stand alone in a FETCH command.</summary>
    public bool IsMacro => Kind is FetchAttributeKind.All or FetchAttributeKind.Fast or FetchAttributeKind.Full;

    /// <summary>True when fetching this attribute may set \Seen (BODY[...], BINARY[...], RFC822, RFC822.TEXT).</summary>
    public bool SetsSeen => Kind is FetchAttributeKind.BodySection or FetchAttributeKind.Binary
        or FetchAttributeKind.Rfc822 or FetchAttributeKind.Rfc822Text;

    /// <summary>The attributes a macro stands for (RFC 9051 section 6.4.5), or this attribute alone.</summary>
    /// <returns>The expansion.</returns>
    public IReadOnlyList<FetchAttribute> Expand() => Kind switch
    {
        FetchAttributeKind.Fast => [Flags, InternalDate, Rfc822Size],
        FetchAttributeKind.All => [Flags, InternalDate, Rfc822Size, Envelope],
        FetchAttributeKind.Full => [Flags, InternalDate, Rfc822Size, Envelope, Body],
        _ => [this],
    };

    /// <summary>Writes the attribute in its wire form, e.g. <c>BODY.PEEK[HEADER.FIELDS (FROM)]&lt;0.100&gt;</c>.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(NameOf(Kind));
        if (Section is not null) Section.Write(writer);
        if (Partial is { } p)
        {
            writer.WriteByte((byte)'<');
            writer.WriteNumber(p.Origin);
            writer.WriteByte((byte)'.');
            writer.WriteNumber(p.Length ?? 0);
            writer.WriteByte((byte)'>');
        }
        if (Lazy) writer.WriteRaw(" (LAZY)"u8);
    }

    /// <summary>The wire name of a kind, without section or partial.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, e.g. <c>BODY.PEEK</c>.</returns>
    public static string NameOf(FetchAttributeKind kind) => kind switch
    {
        FetchAttributeKind.All => "ALL",
        FetchAttributeKind.Fast => "FAST",
        FetchAttributeKind.Full => "FULL",
        FetchAttributeKind.Flags => "FLAGS",
        FetchAttributeKind.Uid => "UID",
        FetchAttributeKind.InternalDate => "INTERNALDATE",
        FetchAttributeKind.Rfc822Size => "RFC822.SIZE",
        FetchAttributeKind.Envelope => "ENVELOPE",
        FetchAttributeKind.Body or FetchAttributeKind.BodySection => "BODY",
        FetchAttributeKind.BodyStructure => "BODYSTRUCTURE",
        FetchAttributeKind.BodyPeek => "BODY.PEEK",
        FetchAttributeKind.Binary => "BINARY",
        FetchAttributeKind.BinaryPeek => "BINARY.PEEK",
        FetchAttributeKind.BinarySize => "BINARY.SIZE",
        FetchAttributeKind.Rfc822 => "RFC822",
        FetchAttributeKind.Rfc822Header => "RFC822.HEADER",
        FetchAttributeKind.Rfc822Text => "RFC822.TEXT",
        FetchAttributeKind.ModSeq => "MODSEQ",
        FetchAttributeKind.EmailId => "EMAILID",
        FetchAttributeKind.ThreadId => "THREADID",
        FetchAttributeKind.SaveDate => "SAVEDATE",
        FetchAttributeKind.Preview => "PREVIEW",
        FetchAttributeKind.GmailMessageId => "X-GM-MSGID",
        FetchAttributeKind.GmailThreadId => "X-GM-THRID",
        FetchAttributeKind.GmailLabels => "X-GM-LABELS",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <inheritdoc />
    public bool Equals(FetchAttribute? other) =>
        other is not null && Kind == other.Kind && Lazy == other.Lazy && Partial == other.Partial && Equals(Section, other.Section);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FetchAttribute);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Lazy, Partial, Section);

    /// <summary>The wire form, e.g. <c>BINARY.PEEK[1.2]&lt;0.1024&gt;</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Equality by value.</summary>
    /// <param name="left">One attribute.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FetchAttribute? left, FetchAttribute? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">One attribute.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(FetchAttribute? left, FetchAttribute? right) => !(left == right);
}
