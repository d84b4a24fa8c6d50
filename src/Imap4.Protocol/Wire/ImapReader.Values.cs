using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Wire;

public ref partial struct ImapReader
{
    /// <summary>mailbox: astring, decoded from modified UTF-7 unless <see cref="Utf8Mailboxes"/> is set; INBOX in any case is INBOX.</summary>
    /// <returns>The mailbox name.</returns>
    public MailboxName ReadMailbox()
    {
        long start = Position;
        string raw = ReadAString();
        try
        {
            return MailboxName.FromWire(raw, Utf8Mailboxes);
        }
        catch (ImapParseException e)
        {
            throw new ImapParseException(start, e.Reason);
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
            throw new ImapParseException(start + Math.Max(0, e.Position), e.Reason);
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
            throw new ImapParseException(start + Math.Max(0, e.Position), e.Reason);
        }
    }
}
