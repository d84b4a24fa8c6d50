namespace Imap4.Protocol.Commands;

/// <summary>
/// One entry of SETANNOTATION (Cyrus ANNOTATEMORE): an entry such as <c>/comment</c> and its attribute/value pairs such
/// as <c>value.priv</c> = <c>"text"</c> (a null value removes the attribute).
/// </summary>
public sealed class AnnotationEntry : IEquatable<AnnotationEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="entry">The entry name.</param>
    /// <param name="attributes">Attribute/value pairs (at least one).</param>
    /// <exception cref="ArgumentException">The entry is empty or there are no attributes.</exception>
    public AnnotationEntry(string entry, IReadOnlyList<KeyValuePair<string, string?>> attributes)
    {
        ArgumentException.ThrowIfNullOrEmpty(entry);
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes.Count == 0) throw new ArgumentException("an annotation entry needs at least one attribute", nameof(attributes));
        foreach (var pair in attributes) ArgumentException.ThrowIfNullOrEmpty(pair.Key, nameof(attributes));
        Entry = entry;
        Attributes = attributes;
    }

    /// <summary>The entry name, e.g. <c>/comment</c>.</summary>
    public string Entry { get; }

    /// <summary>Attribute/value pairs, e.g. <c>value.priv</c> = <c>"My comment"</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Attributes { get; }

    /// <inheritdoc />
    public bool Equals(AnnotationEntry? other) =>
        other is not null && string.Equals(Entry, other.Entry, StringComparison.Ordinal) && ValueEquality.Equal(Attributes, other.Attributes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AnnotationEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Entry, ValueEquality.Hash(Attributes));
}
