using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// A FETCH item this library does not model, kept raw so that it is never fatal and writes back unchanged.
/// </summary>
/// <param name="Name">The item name as sent, including any section and origin (e.g. <c>ANNOTATION</c>, <c>X-FOO[1]</c>).</param>
/// <param name="Value">The raw bytes of its value (one atom, string, literal or parenthesised list), empty when none.</param>
public sealed record UnknownFetchItem(string Name, ReadOnlyMemory<byte> Value) : FetchItem
{
    /// <inheritdoc />
    public override string Name { get; } = Name;

    /// <summary>The value as UTF-8 text.</summary>
    public string ValueText => Encoding.UTF8.GetString(Value.Span);

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(Encoding.UTF8.GetBytes(Name));
        if (Value.IsEmpty) return;
        writer.WriteSpace();
        writer.WriteRaw(Value.Span);
    }

    /// <inheritdoc />
    public bool Equals(UnknownFetchItem? other) =>
        other is not null && Name == other.Name && Value.Span.SequenceEqual(other.Value.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ValueEquality.Hash(Value));
}
