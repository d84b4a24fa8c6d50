using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Wire;

public ref partial struct ImapReader
{
    /// <summary>
    /// mailbox: astring, decoded from modified UTF-7 unless <see cref="Utf8Mailboxes"/> is set; INBOX in any case is INBOX.
    /// Invalid UTF-8 is a parse error (never replaced by U+FFFD).
    /// </summary>
    /// <returns>The mailbox name.</returns>
    public MailboxName ReadMailbox()
    {
        long start = Position;
        string raw = ReadAStringStrict();
        try
        {
            return MailboxName.FromWire(raw, Utf8Mailboxes);
        }
        catch (ImapParseException e)
        {
            throw Rebase(e, start, relative: false);
        }
    }

    /// <summary>sequence-set: numbers, ranges, <c>*</c> and <c>$</c>.</summary>
    /// <returns>The set.</returns>
    public SequenceSet ReadSequenceSet()
    {
        long start = Position;
        ReadOnlySpan<byte> span = ReadSequenceSetSpan();
        try
        {
            return SequenceSet.Parse(span);
        }
        catch (ImapParseException e)
        {
            throw Rebase(e, start, relative: true);
        }
    }

    /// <summary>uid-set (UIDPLUS, QRESYNC): numbers and ranges, no <c>*</c> or <c>$</c>.</summary>
    /// <returns>The set.</returns>
    public UidSet ReadUidSet()
    {
        long start = Position;
        ReadOnlySpan<byte> span = ReadSequenceSetSpan();
        try
        {
            return UidSet.Parse(span);
        }
        catch (ImapParseException e)
        {
            throw Rebase(e, start, relative: true);
        }
    }

    /// <summary>flag / flag-perm / flag-fetch: <c>\Atom</c>, <c>\*</c> or a keyword atom. Well-known flags are shared instances.</summary>
    /// <returns>The flag.</returns>
    public Flag ReadFlag()
    {
        long start = Position;
        bool system = TryRead((byte)'\\');
        if (system && TryRead((byte)'*')) return Flag.Wildcard;
        ReadOnlySpan<byte> atom = ReadAtomSpan();
        Span<byte> buffer = stackalloc byte[Math.Min(atom.Length + 1, 256)];
        if (atom.Length + 1 > buffer.Length) throw new ImapParseException(start, "flag too long");
        int n = 0;
        if (system) buffer[n++] = (byte)'\\';
        atom.CopyTo(buffer[n..]);
        n += atom.Length;
        try
        {
            return Flag.Parse(buffer[..n]);
        }
        catch (ImapParseException e)
        {
            throw Rebase(e, start, relative: false);
        }
    }

    /// <summary>flag-list: <c>"(" [flag *(SP flag)] ")"</c>.</summary>
    /// <returns>The flags, in the order sent.</returns>
    public IReadOnlyList<Flag> ReadFlagList()
    {
        EnterList();
        if (TryExitList()) return [];
        var flags = new ListBuilder<Flag>();
        flags.Add(ReadFlag());
        while (TryReadSpace())
        {
            // Tolerated: a space before ")" (RFC 9394's own example sends "(\Flagged \Answered )").
            if (TryPeek(out byte b) && b == ')') break;
            flags.Add(ReadFlag());
        }
        ExitList();
        return flags.ToArray();
    }

    /// <summary>date-time: a quoted <c>"DD-Mon-YYYY HH:MM:SS +HHMM"</c>.</summary>
    /// <returns>The time with its zone offset.</returns>
    public DateTimeOffset ReadDateTime()
    {
        long start = Position;
        ReadOnlySpan<byte> text = ReadQuotedSpan();
        try
        {
            return ImapDate.ParseDateTime(text);
        }
        catch (ImapParseException e)
        {
            throw Rebase(e, start, relative: false);
        }
    }

    /// <summary>date: <c>date-text</c> or the same in double quotes (search dates).</summary>
    /// <returns>The date.</returns>
    public DateOnly ReadDate()
    {
        long start = Position;
        ReadOnlySpan<byte> text = IsAtString ? ReadQuotedSpan() : ReadAtomSpan();
        try
        {
            return ImapDate.ParseDate(text);
        }
        catch (ImapParseException e)
        {
            throw Rebase(e, start, relative: false);
        }
    }

    /// <summary>
    /// An error from a value parser, moved to the frame's coordinates: parsers of a token count positions from the token's
    /// start (<paramref name="relative"/>), or do not know them.
    /// </summary>
    private static ImapParseException Rebase(ImapParseException e, long start, bool relative) =>
        new(relative ? start + Math.Max(0, e.Position) : start, e.Reason);
}
