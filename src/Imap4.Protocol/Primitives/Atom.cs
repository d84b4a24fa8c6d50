using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Primitives;

/// <summary>An IMAP atom: one or more ATOM-CHARs (any CHAR except <c>( ) { SP CTL % * " \ ]</c>).</summary>
public readonly record struct Atom
{
    /// <summary>Creates an atom, validating it.</summary>
    /// <param name="value">The atom's text.</param>
    /// <exception cref="ArgumentException">Empty, or a character that atoms do not allow.</exception>
    public Atom(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!ImapChars.IsAtom(value)) throw new ArgumentException($"'{value}' is not an atom", nameof(value));
        Value = value;
    }

    /// <summary>The atom's text.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="value"/> is a valid atom.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it is an atom.</returns>
    public static bool IsValid(string? value) => value is not null && ImapChars.IsAtom(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
