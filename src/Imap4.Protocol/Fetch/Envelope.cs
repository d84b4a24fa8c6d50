using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// The ENVELOPE of a message (RFC 9051 section 7.5.2): header fields as the server sent them. Strings are kept raw:
/// the subject and names may hold RFC 2047 encoded words, which the MIME layer decodes. Address lists are null for NIL.
/// </summary>
/// <param name="Date">The Date header as sent (parse it with <c>Imap4.Mime.Headers.MailDate</c>), or null.</param>
/// <param name="Subject">The Subject header, raw, or null.</param>
/// <param name="From">From addresses, or null.</param>
/// <param name="Sender">Sender addresses, or null.</param>
/// <param name="ReplyTo">Reply-To addresses, or null.</param>
/// <param name="To">To addresses, or null.</param>
/// <param name="Cc">Cc addresses, or null.</param>
/// <param name="Bcc">Bcc addresses, or null.</param>
/// <param name="InReplyTo">The In-Reply-To header, or null.</param>
/// <param name="MessageId">The Message-ID header, or null.</param>
public sealed record Envelope(
    string? Date,
    string? Subject,
    IReadOnlyList<Address>? From,
    IReadOnlyList<Address>? Sender,
    IReadOnlyList<Address>? ReplyTo,
    IReadOnlyList<Address>? To,
    IReadOnlyList<Address>? Cc,
    IReadOnlyList<Address>? Bcc,
    string? InReplyTo,
    string? MessageId)
{

    /// <summary>Reads <c>"(" env-date SP env-subject SP env-from ... SP env-message-id ")"</c>.</summary>
    /// <param name="reader">The reader, at "(".</param>
    /// <returns>The envelope.</returns>
    public static Envelope Read(ref ImapReader reader)
    {
        reader.EnterList();
        string? date = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? subject = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        IReadOnlyList<Address>? from = Address.ReadList(ref reader);
        reader.ReadSpace();
        IReadOnlyList<Address>? sender = Address.ReadList(ref reader);
        reader.ReadSpace();
        IReadOnlyList<Address>? replyTo = Address.ReadList(ref reader);
        reader.ReadSpace();
        IReadOnlyList<Address>? to = Address.ReadList(ref reader);
        reader.ReadSpace();
        IReadOnlyList<Address>? cc = Address.ReadList(ref reader);
        reader.ReadSpace();
        IReadOnlyList<Address>? bcc = Address.ReadList(ref reader);
        reader.ReadSpace();
        string? inReplyTo = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? messageId = ReadMessageId(ref reader);
        reader.ExitList();
        return new Envelope(date, subject, from, sender, replyTo, to, cc, bcc, inReplyTo, messageId);
    }

    // Tolerance: iCloud sends Message-IDs with unescaped quotes (<a."b"@c>); the last field's string then ends early.
    // Re-read it as a quoted string that ends only at a DQUOTE followed by ")".
    private static string? ReadMessageId(ref ImapReader reader)
    {
        long start = reader.Position;
        bool quoted = reader.Peek() == '"';
        string? value = FetchStrings.ReadNString(ref reader, intern: false);
        if (!quoted || (reader.TryPeek(out byte next) && next == ')')) return value;
        reader.Rewind(reader.Position - start);
        return reader.ReadQuotedToListEnd();
    }

    /// <summary>Writes the envelope in its wire form.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'(');
        writer.WriteNString(Date);
        writer.WriteSpace();
        writer.WriteNString(Subject);
        foreach (IReadOnlyList<Address>? list in (ReadOnlySpan<IReadOnlyList<Address>?>)[From, Sender, ReplyTo, To, Cc, Bcc])
        {
            writer.WriteSpace();
            Address.WriteList(writer, list);
        }
        writer.WriteSpace();
        writer.WriteNString(InReplyTo);
        writer.WriteSpace();
        writer.WriteNString(MessageId);
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public bool Equals(Envelope? other) =>
        other is not null && Date == other.Date && Subject == other.Subject && InReplyTo == other.InReplyTo
        && MessageId == other.MessageId && ValueEquality.Equal(From, other.From) && ValueEquality.Equal(Sender, other.Sender)
        && ValueEquality.Equal(ReplyTo, other.ReplyTo) && ValueEquality.Equal(To, other.To)
        && ValueEquality.Equal(Cc, other.Cc) && ValueEquality.Equal(Bcc, other.Bcc);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Date, Subject, MessageId, ValueEquality.Hash(From), ValueEquality.Hash(To));

    /// <summary>The wire form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FetchText.Of(Write);
}
