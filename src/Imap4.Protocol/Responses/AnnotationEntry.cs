namespace Imap4.Protocol.Responses;

/// <summary>One entry of an ANNOTATION response: its name and attribute/value pairs (empty in change notices).</summary>
public sealed record AnnotationEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="name">The entry, e.g. <c>/comment</c>.</param>
    /// <param name="attributes">Attribute names and values (null for NIL), e.g. <c>value.shared</c>.</param>
    public AnnotationEntry(string name, IEnumerable<KeyValuePair<string, string?>> attributes)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Attributes = ValueList<KeyValuePair<string, string?>>.Of(attributes, nameof(attributes));
        foreach (KeyValuePair<string, string?> a in Attributes)
            if (string.IsNullOrEmpty(a.Key)) throw new ArgumentException("An attribute name cannot be empty.", nameof(attributes));
    }

    /// <summary>The entry name.</summary>
    public string Name { get; }

    /// <summary>The attributes and their values, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Attributes { get; }
}
