using System.Text;

namespace Imap4.Protocol.Commands;

/// <summary>
/// One entry and its value in SETMETADATA (RFC 5464 entry-value): the value is bytes (nstring or literal8), or null to
/// remove the entry. Entry names compare case-insensitively, as RFC 5464 section 3.2 says.
/// </summary>
public sealed class MetadataEntryValue : IEquatable<MetadataEntryValue>
{
    /// <summary>Creates an entry/value pair.</summary>
    /// <param name="entry">The entry, e.g. <c>/private/comment</c>; must not contain <c>*</c> or <c>%</c>.</param>
    /// <param name="value">The value's bytes, or null to remove the entry.</param>
    /// <exception cref="ArgumentException">The entry is empty or contains a wildcard.</exception>
    public MetadataEntryValue(string entry, ReadOnlyMemory<byte>? value)
    {
        Entry = MetadataSyntax.CheckEntry(entry, nameof(entry));
        Value = value;
    }

    /// <summary>An entry with a text value (UTF-8), or null to remove the entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="text">The value, or null.</param>
    /// <returns>The pair.</returns>
    public static MetadataEntryValue FromText(string entry, string? text) =>
        new(entry, text is null ? null : Encoding.UTF8.GetBytes(text));

    /// <summary>The entry name.</summary>
    public string Entry { get; }

    /// <summary>The value's bytes; null (NIL) removes the entry.</summary>
    public ReadOnlyMemory<byte>? Value { get; }

    /// <summary>The value decoded as UTF-8, or null.</summary>
    public string? Text => Value is { } v ? Encoding.UTF8.GetString(v.Span) : null;

    /// <inheritdoc />
    public bool Equals(MetadataEntryValue? other) =>
        other is not null && string.Equals(Entry, other.Entry, StringComparison.OrdinalIgnoreCase)
        && Value.HasValue == other.Value.HasValue
        && (!Value.HasValue || Value.Value.Span.SequenceEqual(other.Value!.Value.Span));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetadataEntryValue);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Entry, StringComparer.OrdinalIgnoreCase);
        if (Value is { } v) h.AddBytes(v.Span);
        return h.ToHashCode();
    }

    /// <summary>The entry and its value, e.g. <c>/private/comment "text"</c> (for diagnostics).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is null ? $"{Entry} NIL" : $"{Entry} \"{Text}\"";
}
