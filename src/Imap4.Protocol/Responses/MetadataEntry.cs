using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>One entry of a METADATA response (RFC 5464): its name and value (null for NIL; binary values allowed).</summary>
public sealed record MetadataEntry
{
    /// <summary>Creates an entry with a byte value.</summary>
    /// <param name="name">The entry name, e.g. <c>/private/comment</c>.</param>
    /// <param name="value">The value, or null (NIL).</param>
    public MetadataEntry(string name, ReadOnlyMemory<byte>? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value;
    }

    /// <summary>Creates an entry with a text value, stored as UTF-8.</summary>
    /// <param name="name">The entry name.</param>
    /// <param name="value">The value, or null (NIL).</param>
    /// <returns>The entry.</returns>
    public static MetadataEntry FromText(string name, string? value) =>
        new(name, value is null ? (ReadOnlyMemory<byte>?)null : Encoding.UTF8.GetBytes(value));

    /// <summary>The entry name.</summary>
    public string Name { get; }

    /// <summary>The value's bytes, or null for NIL.</summary>
    public ReadOnlyMemory<byte>? Value { get; }

    /// <summary>The value decoded as UTF-8, or null for NIL.</summary>
    public string? ValueText => Value is { } v ? Encoding.UTF8.GetString(v.Span) : null;

    /// <inheritdoc />
    public bool Equals(MetadataEntry? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && ValueEquality.Equal(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Name), ValueEquality.Hash(Value));

    /// <summary>The wire form, <c>name value</c>.</summary>
    public override string ToString() => Name + " " + (ValueText is { } t ? "\"" + t + "\"" : "NIL");

    /// <summary>NIL, a literal8 when the value holds NUL, else a string (quoted or literal as the writer decides).</summary>
    internal void WriteValue(ImapWriter writer)
    {
        if (Value is not { } v) writer.WriteNil();
        else if (v.Span.Contains((byte)0)) writer.WriteLiteral(v.Span, binary: true);
        else writer.WriteString(v.Span);
    }

    /// <summary>value = nstring / literal8.</summary>
    internal static ReadOnlyMemory<byte>? ReadValue(ref ImapReader reader)
    {
        if (reader.TryReadNil()) return null;
        if (reader.Peek() == '"') return reader.ReadQuotedSpan().ToArray();
        return reader.ReadLiteral(out _).ToArray();
    }
}
