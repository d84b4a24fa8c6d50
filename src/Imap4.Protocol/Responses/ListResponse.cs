using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* LIST (attributes) delimiter mailbox [(extended items)]</c>, and LSUB and XLIST of the same shape
/// (RFC 9051, RFC 5258 LIST-EXTENDED, RFC 6154 SPECIAL-USE). Extended items other than CHILDINFO and OLDNAME are
/// kept raw in <see cref="Extensions"/>.
/// </summary>
public sealed record ListResponse : UntaggedResponse
{
    private readonly IReadOnlyList<string> _childInfo = ValueList<string>.Empty;
    private readonly IReadOnlyList<ExtensionItem> _extensions = ValueList<ExtensionItem>.Empty;

    /// <summary>Creates the response.</summary>
    /// <param name="attributes">The mailbox attributes.</param>
    /// <param name="delimiter">The hierarchy delimiter, or null for a flat name space (NIL).</param>
    /// <param name="mailbox">The mailbox name.</param>
    public ListResponse(IEnumerable<MailboxAttribute> attributes, char? delimiter, MailboxName mailbox)
    {
        Attributes = ValueList<MailboxAttribute>.Of(attributes, nameof(attributes));
        Delimiter = ResponseSyntax.CheckDelimiter(delimiter, nameof(delimiter));
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
    }

    /// <summary>LIST (default), LSUB or XLIST.</summary>
    public ListKind Kind { get; init; }

    /// <summary>The mailbox attributes.</summary>
    public IReadOnlyList<MailboxAttribute> Attributes { get; }

    /// <summary>The hierarchy delimiter, or null (NIL) when there is no hierarchy.</summary>
    public char? Delimiter { get; }

    /// <summary>The mailbox name.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>CHILDINFO (RFC 5258): the selection options (e.g. <c>SUBSCRIBED</c>) some child matches; empty when absent.</summary>
    public IReadOnlyList<string> ChildInfo
    {
        get => _childInfo;
        init => _childInfo = ValueList<string>.Of(value, nameof(ChildInfo));
    }

    /// <summary>OLDNAME (RFC 9051): the mailbox's name before a RENAME, or null.</summary>
    public MailboxName? OldName { get; init; }

    /// <summary>Other extended items, kept raw.</summary>
    public IReadOnlyList<ExtensionItem> Extensions
    {
        get => _extensions;
        init => _extensions = ValueList<ExtensionItem>.Of(value, nameof(Extensions));
    }

    /// <inheritdoc />
    public override string Keyword => Kind switch { ListKind.Lsub => "LSUB", ListKind.XList => "XLIST", _ => "LIST" };

    /// <summary>True when the mailbox has <paramref name="attribute"/> (case-insensitive).</summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(MailboxAttribute attribute)
    {
        foreach (MailboxAttribute a in Attributes)
            if (a == attribute) return true;
        return false;
    }

    /// <summary>The special-use attribute (<c>\Sent</c>, <c>\Trash</c>...), or null.</summary>
    public MailboxAttribute? SpecialUse
    {
        get
        {
            foreach (MailboxAttribute a in Attributes)
                if (a.IsSpecialUse) return a;
            return null;
        }
    }

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(Keyword);
        writer.WriteRaw(" ("u8);
        for (int i = 0; i < Attributes.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(Attributes[i].Value);
        }
        writer.WriteRaw(") "u8);
        ResponseSyntax.WriteDelimiter(writer, Delimiter);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        WriteExtended(writer);
    }

    /// <summary>Extended items are written in a fixed order: CHILDINFO, OLDNAME, then the raw ones.</summary>
    private void WriteExtended(ImapWriter writer)
    {
        if (ChildInfo.Count == 0 && OldName is null && Extensions.Count == 0) return;
        writer.WriteRaw(" ("u8);
        bool first = true;
        if (ChildInfo.Count > 0)
        {
            writer.WriteRaw("\"CHILDINFO\" ("u8);
            for (int i = 0; i < ChildInfo.Count; i++)
            {
                if (i > 0) writer.WriteSpace();
                writer.WriteString(ChildInfo[i]);
            }
            writer.WriteByte((byte)')');
            first = false;
        }
        if (OldName is not null)
        {
            writer.WriteRaw(first ? "\"OLDNAME\" ("u8 : " \"OLDNAME\" ("u8);
            writer.WriteString(OldName.ToWire(writer.Options.Utf8));
            writer.WriteByte((byte)')');
            first = false;
        }
        foreach (ExtensionItem item in Extensions)
        {
            if (!first) writer.WriteSpace();
            writer.WriteString(item.Name);
            writer.WriteSpace();
            item.WriteValue(writer);
            first = false;
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static ListResponse ParseList(ref ImapReader reader, uint number) => Parse(ref reader, ListKind.List);

    internal static ListResponse ParseLsub(ref ImapReader reader, uint number) => Parse(ref reader, ListKind.Lsub);

    internal static ListResponse ParseXList(ref ImapReader reader, uint number) => Parse(ref reader, ListKind.XList);

    private static ListResponse Parse(ref ImapReader reader, ListKind kind)
    {
        reader.ReadSpace();
        List<MailboxAttribute> attributes = ReadAttributes(ref reader);
        reader.ReadSpace();
        char? delimiter = ResponseSyntax.ReadDelimiter(ref reader);
        ReadSpaces(ref reader);
        MailboxName mailbox = reader.ReadMailbox();
        var response = new ListResponse(attributes, delimiter, mailbox) { Kind = kind };
        if (!reader.TryReadSpace() || reader.IsAtEndOfLine) return response; // a trailing SP is tolerated
        return ReadExtended(ref reader, response);
    }

    /// <summary>One or more SPs (RFC 9051's LIST-STATUS example puts two before the mailbox name).</summary>
    private static void ReadSpaces(ref ImapReader reader)
    {
        reader.ReadSpace();
        while (reader.TryReadSpace())
        {
        }
    }

    /// <summary>"(" [mbx-list-flags] ")", each flag "\" atom (a bare atom is tolerated).</summary>
    private static List<MailboxAttribute> ReadAttributes(ref ImapReader reader)
    {
        var attributes = new List<MailboxAttribute>();
        reader.EnterList();
        if (reader.TryExitList()) return attributes;
        do
        {
            attributes.Add(ReadAttribute(ref reader));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return attributes;
    }

    private static MailboxAttribute ReadAttribute(ref ImapReader reader)
    {
        long start = reader.Position;
        bool backslash = reader.TryRead((byte)'\\');
        ReadOnlySpan<byte> atom = reader.ReadAtomSpan();
        Span<byte> buffer = atom.Length < 256 ? stackalloc byte[atom.Length + 1] : new byte[atom.Length + 1];
        buffer[0] = (byte)'\\';
        atom.CopyTo(buffer[1..]);
        try
        {
            return MailboxAttribute.Parse(backslash ? buffer : buffer[1..]);
        }
        catch (ImapParseException e)
        {
            throw new ImapParseException(start, e.Reason);
        }
    }

    /// <summary>"(" [mbox-list-extended-item *(SP mbox-list-extended-item)] ")".</summary>
    private static ListResponse ReadExtended(ref ImapReader reader, ListResponse response)
    {
        var childInfo = new List<string>();
        MailboxName? oldName = null;
        var extensions = new List<ExtensionItem>();
        reader.EnterList();
        if (!reader.TryExitList())
        {
            do
            {
                string tag = reader.ReadAString();
                reader.ReadSpace();
                if (tag.Equals("CHILDINFO", StringComparison.OrdinalIgnoreCase)) ReadChildInfo(ref reader, childInfo);
                else if (tag.Equals("OLDNAME", StringComparison.OrdinalIgnoreCase)) oldName = ReadOldName(ref reader);
                else extensions.Add(new ExtensionItem(tag, ResponseSyntax.ReadRawValue(ref reader)));
            }
            while (reader.TryReadSpace());
            reader.ExitList();
        }
        return response with { ChildInfo = childInfo, OldName = oldName, Extensions = extensions };
    }

    /// <summary>"(" list-select-base-opt-quoted *(SP ...) ")"; astrings tolerated.</summary>
    private static void ReadChildInfo(ref ImapReader reader, List<string> childInfo)
    {
        reader.EnterList();
        do
        {
            childInfo.Add(reader.ReadAString().ToUpperInvariant());
        }
        while (reader.TryReadSpace());
        reader.ExitList();
    }

    private static MailboxName ReadOldName(ref ImapReader reader)
    {
        reader.EnterList();
        MailboxName name = reader.ReadMailbox();
        reader.ExitList();
        return name;
    }
}
