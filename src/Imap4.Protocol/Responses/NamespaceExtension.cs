namespace Imap4.Protocol.Responses;

/// <summary>A namespace response extension (RFC 2342, RFC 9051): a name and its string values, e.g. <c>"X-PARAM" ("FLAG1" "FLAG2")</c>.</summary>
public sealed record NamespaceExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="name">The extension's name.</param>
    /// <param name="values">Its values (at least one).</param>
    public NamespaceExtension(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Values = ValueList<string>.Of(values, nameof(values));
        if (Values.Count == 0) throw new ArgumentException("A namespace extension has at least one value.", nameof(values));
    }

    /// <summary>The extension's name.</summary>
    public string Name { get; }

    /// <summary>Its values.</summary>
    public IReadOnlyList<string> Values { get; }
}
