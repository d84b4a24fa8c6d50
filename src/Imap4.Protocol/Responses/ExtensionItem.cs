using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// An extension item this library does not model (an RFC 5258 LIST extended item, an unknown STATUS item): its name
/// and its value kept as the exact wire bytes (strings, literals and parentheses included).
/// </summary>
public sealed record ExtensionItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="name">The item's name (tag), e.g. <c>MYEXT</c>; upper case is not enforced.</param>
    /// <param name="value">The value's wire form, e.g. <c>(1 "two")</c>; must be non-empty and hold no bare CR or LF outside literals.</param>
    public ExtensionItem(string name, ReadOnlyMemory<byte> value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value.IsEmpty) throw new ArgumentException("An extension value cannot be empty.", nameof(value));
        Name = name;
        Value = value;
    }

    /// <summary>The item's name.</summary>
    public string Name { get; }

    /// <summary>The value's wire bytes.</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>The value's wire form as text.</summary>
    public string ValueText => Encoding.UTF8.GetString(Value.Span);

    /// <inheritdoc />
    public bool Equals(ExtensionItem? other) =>
        other is not null && Name.Equals(other.Name, StringComparison.OrdinalIgnoreCase) && Value.Span.SequenceEqual(other.Value.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Name), ValueEquality.Hash(Value));

    /// <summary>The wire form, <c>NAME value</c>.</summary>
    public override string ToString() => Name + " " + ValueText;

    /// <summary>Writes the value bytes as they are.</summary>
    internal void WriteValue(ImapWriter writer) => writer.WriteRaw(Value.Span);
}
