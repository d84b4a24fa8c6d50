using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Wire;

public sealed partial class ImapWriter
{
    /// <summary>mailbox: modified UTF-7 unless <see cref="ImapWriterOptions.Utf8"/> is set, as an astring.</summary>
    /// <param name="mailbox">The mailbox name.</param>
    public void WriteMailbox(MailboxName mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        WriteAString(mailbox.ToWire(Options.Utf8));
    }

    /// <summary>sequence-set in its wire form.</summary>
    /// <param name="set">The set.</param>
    public void WriteSequenceSet(SequenceSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        WriteRaw(set.ToString());
    }

    /// <summary>uid-set in its wire form.</summary>
    /// <param name="set">The set.</param>
    public void WriteUidSet(UidSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        WriteRaw(set.ToString());
    }
}
