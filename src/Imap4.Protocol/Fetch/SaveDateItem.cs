using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>SAVEDATE date-time / NIL</c>: when the message was saved to this mailbox (RFC 8514).</summary>
/// <param name="Date">The save date, or null when the server does not know it (NIL).</param>
public sealed record SaveDateItem(DateTimeOffset? Date) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "SAVEDATE";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("SAVEDATE "u8);
        if (Date is { } d) FetchValues.WriteDateTime(writer, d);
        else writer.WriteNil();
    }

    /// <summary>Equal when both are NIL or the instant and the offset are equal.</summary>
    /// <param name="other">The other item.</param>
    /// <returns>Whether equal.</returns>
    public bool Equals(SaveDateItem? other) =>
        other is not null && (Date is { } d ? other.Date is { } o && d.EqualsExact(o) : other.Date is null);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Date?.Offset);
}
