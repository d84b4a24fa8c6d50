using System.Diagnostics.CodeAnalysis;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// A message flag: a system or extension flag (<c>\</c> followed by an atom, e.g. <c>\Seen</c>), a keyword (an atom,
/// e.g. <c>$Forwarded</c>), or <c>\*</c> (<see cref="Wildcard"/>, only in PERMANENTFLAGS). Compared case-insensitively
/// (RFC 9051 section 2.3.2). Lists of flags are plain <see cref="IReadOnlyList{T}"/> of <see cref="Flag"/>.
/// </summary>
public sealed class Flag : IEquatable<Flag>
{
    /// <summary><c>\Seen</c>: the message has been read.</summary>
    public static Flag Seen { get; } = new(@"\Seen", true);

    /// <summary><c>\Answered</c>: the message has been answered.</summary>
    public static Flag Answered { get; } = new(@"\Answered", true);

    /// <summary><c>\Flagged</c>: the message is flagged for attention.</summary>
    public static Flag Flagged { get; } = new(@"\Flagged", true);

    /// <summary><c>\Deleted</c>: the message is marked for removal by EXPUNGE.</summary>
    public static Flag Deleted { get; } = new(@"\Deleted", true);

    /// <summary><c>\Draft</c>: the message is a draft.</summary>
    public static Flag Draft { get; } = new(@"\Draft", true);

    /// <summary><c>\Recent</c>: first session to see the message (IMAP4rev1 only; deprecated in IMAP4rev2).</summary>
    public static Flag Recent { get; } = new(@"\Recent", true);

    /// <summary><c>\*</c>: in PERMANENTFLAGS, new keywords may be created.</summary>
    public static Flag Wildcard { get; } = new(@"\*", true);

    /// <summary><c>$Forwarded</c>: the message has been forwarded (RFC 5788).</summary>
    public static Flag Forwarded { get; } = new("$Forwarded", true);

    /// <summary><c>$MDNSent</c>: a disposition notification has been sent (RFC 3503).</summary>
    public static Flag MdnSent { get; } = new("$MDNSent", true);

    /// <summary><c>$Junk</c>: the message is spam (RFC 5788).</summary>
    public static Flag Junk { get; } = new("$Junk", true);

    /// <summary><c>$NotJunk</c>: the message is not spam (RFC 5788).</summary>
    public static Flag NotJunk { get; } = new("$NotJunk", true);

    /// <summary><c>$Phishing</c>: the message is a phishing attempt (RFC 8457).</summary>
    public static Flag Phishing { get; } = new("$Phishing", true);

    /// <summary><c>$Important</c>: the message is important (RFC 8457).</summary>
    public static Flag Important { get; } = new("$Important", true);

    private static readonly Flag[] WellKnown =
        [Seen, Answered, Flagged, Deleted, Draft, Recent, Wildcard, Forwarded, MdnSent, Junk, NotJunk, Phishing, Important];

    /// <summary>Creates a flag, validating it.</summary>
    /// <param name="value"><c>\</c> and an atom, <c>\*</c>, or an atom (a keyword).</param>
    /// <exception cref="ArgumentException">The value is not a flag.</exception>
    public Flag(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a flag (\\atom or atom).", nameof(value));
        Value = value;
    }

    private Flag(string value, bool _) => Value = value;

    private static bool IsValid(string value) =>
        value == @"\*" || ImapChars.IsAtom(value.StartsWith('\\') ? value.AsSpan(1) : value);

    /// <summary>The flag as written on the wire.</summary>
    public string Value { get; }

    /// <summary>True for a system or extension flag (starting with <c>\</c>), including <see cref="Wildcard"/>.</summary>
    public bool IsSystem => Value[0] == '\\';

    /// <summary>True for a keyword (an atom without <c>\</c>).</summary>
    public bool IsKeyword => Value[0] != '\\';

    /// <summary>True for <c>\*</c>.</summary>
    public bool IsWildcard => ReferenceEquals(this, Wildcard) || Value == @"\*";

    /// <summary>Parses a flag from text, returning the shared instance for well-known flags.</summary>
    /// <param name="value">The flag.</param>
    /// <exception cref="ImapParseException">The value is not a flag.</exception>
    public static Flag Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (Flag f in WellKnown)
            if (string.Equals(f.Value, value, StringComparison.OrdinalIgnoreCase)) return f;
        return IsValid(value) ? new Flag(value, true) : throw new ImapParseException(0, $"'{value}' is not a flag");
    }

    /// <summary>Parses a flag received from a peer. Well-known flags return shared instances without allocating.</summary>
    /// <param name="bytes">The flag bytes.</param>
    /// <exception cref="ImapParseException">The bytes are not a flag; the position is the offset of the bad byte.</exception>
    public static Flag Parse(ReadOnlySpan<byte> bytes)
    {
        foreach (Flag f in WellKnown)
            if (Ascii.EqualsIgnoreCase(bytes, f.Value)) return f;
        if (bytes.IsEmpty) throw new ImapParseException(0, "empty flag");
        int start = bytes[0] == '\\' ? 1 : 0;
        if (start == bytes.Length) throw new ImapParseException(1, "atom expected after '\\' in flag");
        for (int i = start; i < bytes.Length; i++)
        {
            if (!ImapChars.IsAtomChar(bytes[i]))
                throw new ImapParseException(i, $"byte 0x{bytes[i]:X2} not allowed in a flag");
        }
        return new Flag(Encoding.ASCII.GetString(bytes), true);
    }

    /// <summary>Tries to parse a flag.</summary>
    /// <param name="value">The flag.</param>
    /// <param name="flag">The flag when valid.</param>
    /// <returns>True when <paramref name="value"/> is a flag.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Flag? flag)
    {
        flag = value is not null && IsValid(value) ? Parse(value) : null;
        return flag is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Flag? other) =>
        other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Flag);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The wire form, e.g. <c>\Seen</c>.</summary>
    public override string ToString() => Value;

    /// <summary>Case-insensitive equality.</summary>
    public static bool operator ==(Flag? left, Flag? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Case-insensitive inequality.</summary>
    public static bool operator !=(Flag? left, Flag? right) => !(left == right);
}
