using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// A command tag: <c>1*&lt;any ASTRING-CHAR except "+"&gt;</c> (RFC 9051 section 9). Compared ordinally.
/// </summary>
public sealed class Tag : IEquatable<Tag>
{
    /// <summary>Creates a tag, validating it.</summary>
    /// <param name="value">The tag text, e.g. <c>A001</c>.</param>
    /// <exception cref="ArgumentException">The value is empty or contains a character not allowed in a tag.</exception>
    public Tag(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!ImapChars.IsTag(value))
            throw new ArgumentException($"'{value}' is not a valid IMAP tag (1* ASTRING-CHAR except '+').", nameof(value));
        Value = value;
    }

    private Tag(string value, bool _) => Value = value;

    /// <summary>The tag text as sent on the wire.</summary>
    public string Value { get; }

    /// <summary>Parses a tag from text.</summary>
    /// <param name="value">The tag text.</param>
    /// <exception cref="ImapParseException">The value is empty or has a character not allowed in a tag (position is
    /// the character offset).</exception>
    public static Tag Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0) throw new ImapParseException(0, "empty tag");
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] > 0x7F || !ImapChars.IsTagChar((byte)value[i]))
                throw new ImapParseException(i, $"character U+{(int)value[i]:X4} not allowed in a tag");
        }
        return new Tag(value, true);
    }

    /// <summary>Parses a tag received from a peer.</summary>
    /// <param name="bytes">The tag bytes, without the following SP.</param>
    /// <exception cref="ImapParseException">The bytes are empty or contain a byte not allowed in a tag.</exception>
    public static Tag Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) throw new ImapParseException(0, "empty tag");
        for (int i = 0; i < bytes.Length; i++)
        {
            if (!ImapChars.IsTagChar(bytes[i]))
                throw new ImapParseException(i, $"byte 0x{bytes[i]:X2} not allowed in a tag");
        }
        return new Tag(Encoding.ASCII.GetString(bytes), true);
    }

    /// <summary>Tries to parse a tag.</summary>
    /// <param name="value">The tag text.</param>
    /// <param name="tag">The tag when valid.</param>
    /// <returns>True when <paramref name="value"/> is a valid tag.</returns>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Tag? tag)
    {
        tag = value is not null && ImapChars.IsTag(value) ? new Tag(value, true) : null;
        return tag is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Tag? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Tag);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire form (the tag text).</summary>
    public override string ToString() => Value;

    /// <summary>Equality by value.</summary>
    public static bool operator ==(Tag? left, Tag? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(Tag? left, Tag? right) => !(left == right);
}
