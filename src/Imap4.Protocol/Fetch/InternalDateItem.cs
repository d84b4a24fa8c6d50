using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>INTERNALDATE "dd-Mon-yyyy hh:mm:ss +zzzz"</c>: when the server received the message.</summary>
/// <param name="Date">The date with the offset the server sent.</param>
public sealed record InternalDateItem(DateTimeOffset Date) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "INTERNALDATE";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("INTERNALDATE "u8);
        FetchValues.WriteDateTime(writer, Date);
    }

    /// <summary>Equal when the instant and the offset are equal (they write the same).</summary>
    /// <param name="other">The other item.</param>
    /// <returns>Whether equal.</returns>
    public bool Equals(InternalDateItem? other) => other is not null && Date.EqualsExact(other.Date);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Date.Offset);
}
