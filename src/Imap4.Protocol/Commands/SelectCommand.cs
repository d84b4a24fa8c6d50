using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>SELECT mailbox</c> or, when <see cref="ReadOnly"/>, <c>EXAMINE mailbox</c> (RFC 9051 sections 6.3.2 and 6.3.3),
/// with the select parameters of RFC 7162: <c>(CONDSTORE)</c> and <c>(QRESYNC (...))</c>. Other select parameters are
/// rejected on parse, so that a server answers BAD as RFC 4466 requires for parameters it does not support.
/// </summary>
/// <param name="Mailbox">The mailbox to select.</param>
public sealed record SelectCommand(MailboxName Mailbox) : ImapCommand
{
    private readonly MailboxName _mailbox = Mailbox ?? throw new ArgumentNullException(nameof(Mailbox));

    /// <summary>The mailbox to select.</summary>
    public MailboxName Mailbox { get => _mailbox; init => _mailbox = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>True for EXAMINE: the mailbox is opened read-only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>True to send the CONDSTORE parameter (RFC 7162 section 3.1.8), enabling CONDSTORE for the session.</summary>
    public bool CondStore { get; init; }

    /// <summary>The QRESYNC parameter (RFC 7162 section 3.2.5), or null.</summary>
    public QResyncParameters? QResync { get; init; }

    /// <inheritdoc/>
    public override string Name => ReadOnly ? "EXAMINE" : "SELECT";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        if (!CondStore && QResync is null) return;
        writer.WriteRaw(" ("u8);
        if (CondStore) writer.WriteRaw("CONDSTORE"u8);
        if (QResync is not null)
        {
            if (CondStore) writer.WriteSpace();
            QResync.Write(writer);
        }
        writer.WriteByte((byte)')');
    }

    internal static SelectCommand ParseSelect(ref ImapReader reader, bool isUid) => Parse(ref reader, readOnly: false);

    internal static SelectCommand ParseExamine(ref ImapReader reader, bool isUid) => Parse(ref reader, readOnly: true);

    private static SelectCommand Parse(ref ImapReader reader, bool readOnly)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        var command = new SelectCommand(reader.ReadMailbox()) { ReadOnly = readOnly };
        if (!reader.TryReadSpace()) return command;
        reader.EnterList();
        do
        {
            command = ReadParameter(ref reader, command);
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return command;
    }

    private static SelectCommand ReadParameter(ref ImapReader reader, SelectCommand command)
    {
        long start = reader.Position;
        if (reader.TryReadKeyword("CONDSTORE"u8))
        {
            if (command.CondStore) throw new ImapParseException(start, "CONDSTORE given twice");
            return command with { CondStore = true };
        }
        if (reader.TryReadKeyword("QRESYNC"u8))
        {
            if (command.QResync is not null) throw new ImapParseException(start, "QRESYNC given twice");
            reader.ReadSpace();
            return command with { QResync = QResyncParameters.Read(ref reader) };
        }
        string name = reader.ReadAtom();
        throw new ImapParseException(start, $"unsupported select parameter {name}");
    }
}
