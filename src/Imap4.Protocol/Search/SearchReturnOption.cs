using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// One SEARCH / SORT return option (RFC 4731, 5182, 5267, 9394): MIN, MAX, ALL, COUNT, SAVE, CONTEXT, UPDATE,
/// <c>PARTIAL range</c>, or an extension's option with its value kept as wire text.
/// </summary>
public sealed record SearchReturnOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="name">A tagged-ext-label; kept in upper case.</param>
    /// <param name="value">The option's value as wire text (a number, sequence-set or parenthesised list), or null.</param>
    /// <exception cref="ArgumentException">The name is not a label, or the value is not a tagged-ext-val.</exception>
    public SearchReturnOption(string name, string? value = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TaggedExtensionValue.IsLabel(name)) throw new ArgumentException($"'{name}' is not a return option name.", nameof(name));
        Name = name.ToUpperInvariant();
        Value = value is null ? null : TaggedExtensionValue.Check(value, nameof(value));
        if (Name == "PARTIAL") PartialRange = value is null ? throw new ArgumentException("PARTIAL needs a range.", nameof(value)) : ParseRange(value);
    }

    /// <summary><c>MIN</c>: the lowest matching number.</summary>
    public static SearchReturnOption Min { get; } = new("MIN");

    /// <summary><c>MAX</c>: the highest matching number.</summary>
    public static SearchReturnOption Max { get; } = new("MAX");

    /// <summary><c>ALL</c>: every match, as a sequence-set.</summary>
    public static SearchReturnOption All { get; } = new("ALL");

    /// <summary><c>COUNT</c>: how many match.</summary>
    public static SearchReturnOption Count { get; } = new("COUNT");

    /// <summary><c>SAVE</c>: keep the result as <c>$</c> (RFC 5182).</summary>
    public static SearchReturnOption Save { get; } = new("SAVE");

    /// <summary><c>CONTEXT</c>: the client will use the result as context (RFC 5267).</summary>
    public static SearchReturnOption Context { get; } = new("CONTEXT");

    /// <summary><c>UPDATE</c>: report later changes to the result (RFC 5267).</summary>
    public static SearchReturnOption Update { get; } = new("UPDATE");

    /// <summary><c>PARTIAL range</c>: only the results at these positions (RFC 5267, RFC 9394).</summary>
    /// <param name="range">The window.</param>
    /// <returns>The option.</returns>
    public static SearchReturnOption Partial(PartialResultRange range) => new("PARTIAL", range.ToString());

    /// <summary>The option's name, upper case.</summary>
    public string Name { get; }

    /// <summary>The option's value as wire text, or null.</summary>
    public string? Value { get; }

    /// <summary>The range of a PARTIAL option; null for other options.</summary>
    public PartialResultRange? PartialRange { get; }

    private static PartialResultRange ParseRange(string value)
    {
        try
        {
            return PartialResultRange.Parse(value);
        }
        catch (ImapParseException e)
        {
            throw new ArgumentException($"'{value}' is not a partial-range: {e.Reason}", nameof(value), e);
        }
    }

    /// <summary>The wire form, e.g. <c>MIN</c> or <c>PARTIAL 1:500</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is null ? Name : Name + " " + Value;

    /// <summary>Writes the option.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(ToString());
    }

    /// <summary>Reads one <c>search-return-opt</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ImapParseException">Malformed.</exception>
    public static SearchReturnOption Read(ref ImapReader reader)
    {
        long start = reader.Position;
        string name = reader.ReadAtom();
        if (!TaggedExtensionValue.IsLabel(name)) throw new ImapParseException(start, "expected search-return-opt");
        if (name.Equals("PARTIAL", StringComparison.OrdinalIgnoreCase))
        {
            reader.ReadSpace();
            return Partial(PartialResultRange.Read(ref reader));
        }
        if (!TaggedExtensionValue.IsSpaceThenValue(ref reader)) return new SearchReturnOption(name);
        reader.ReadSpace();
        return new SearchReturnOption(name, TaggedExtensionValue.Read(ref reader));
    }
}
