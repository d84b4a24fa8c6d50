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

    /// <summary>A flag as it is (flags are validated when created).</summary>
    /// <param name="flag">The flag.</param>
    public void WriteFlag(Flag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        WriteRaw(flag.Value);
    }

    /// <summary>flag-list: <c>"(" [flag *(SP flag)] ")"</c>.</summary>
    /// <param name="flags">The flags.</param>
    public void WriteFlagList(IReadOnlyList<Flag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        WriteByte((byte)'(');
        for (int i = 0; i < flags.Count; i++)
        {
            if (i > 0) WriteSpace();
            WriteFlag(flags[i]);
        }
        WriteByte((byte)')');
    }

    /// <summary>date-time: <c>"DD-Mon-YYYY HH:MM:SS +HHMM"</c> in double quotes.</summary>
    /// <param name="value">The time; its offset is written as the zone.</param>
    public void WriteDateTime(DateTimeOffset value)
    {
        Span<byte> span = GetSpan(ImapDate.DateTimeLength + 2);
        span[0] = (byte)'"';
        ImapDate.TryFormatDateTime(value, span[1..], out int n);
        span[n + 1] = (byte)'"';
        Advance(n + 2);
    }

    /// <summary>date: <c>date-text</c> such as <c>1-Feb-1994</c> (search dates).</summary>
    /// <param name="value">The date.</param>
    public void WriteDate(DateOnly value) => WriteRaw(ImapDate.FormatDate(value));
}
