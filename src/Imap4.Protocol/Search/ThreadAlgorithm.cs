using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>thread-alg of THREAD (RFC 5256): ORDEREDSUBJECT, REFERENCES or an extension's atom, upper case.</summary>
public sealed record ThreadAlgorithm
{
    /// <summary>Creates an algorithm name.</summary>
    /// <param name="name">An atom; kept in upper case.</param>
    /// <exception cref="ArgumentException">Not an atom.</exception>
    public ThreadAlgorithm(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = ImapChars.IsAtom(name) ? name.ToUpperInvariant() : throw new ArgumentException($"'{name}' is not an atom.", nameof(name));
    }

    /// <summary><c>ORDEREDSUBJECT</c>: by base subject, then date.</summary>
    public static ThreadAlgorithm OrderedSubject { get; } = new("ORDEREDSUBJECT");

    /// <summary><c>REFERENCES</c>: by In-Reply-To and References.</summary>
    public static ThreadAlgorithm References { get; } = new("REFERENCES");

    /// <summary>The name, upper case.</summary>
    public string Name { get; }

    /// <summary>The wire form.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
