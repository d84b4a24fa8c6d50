using System.Collections;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// The list of <c>RETURN (...)</c> options of SEARCH or SORT, in the order given; equal when the options are equal in
/// order. An empty list (<c>RETURN ()</c>) asks for ALL.
/// </summary>
public sealed class SearchReturnOptions : IReadOnlyList<SearchReturnOption>, IEquatable<SearchReturnOptions>
{
    private readonly SearchReturnOption[] _options;

    /// <summary>Creates a list of options.</summary>
    /// <param name="options">The options, in order (may be empty).</param>
    /// <exception cref="ArgumentException">An option is null.</exception>
    public SearchReturnOptions(IEnumerable<SearchReturnOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = [.. options];
        if (Array.Exists(_options, static o => o is null)) throw new ArgumentException("An option is null.", nameof(options));
    }

    /// <summary>Creates a list of options.</summary>
    /// <param name="options">The options, in order.</param>
    /// <returns>The list.</returns>
    public static SearchReturnOptions Of(params SearchReturnOption[] options) => new(options);

    /// <summary><c>RETURN ()</c>.</summary>
    public static SearchReturnOptions Empty { get; } = new([]);

    /// <inheritdoc />
    public SearchReturnOption this[int index] => _options[index];

    /// <inheritdoc />
    public int Count => _options.Length;

    /// <summary>True when an option of this name is present.</summary>
    /// <param name="name">The name, any case.</param>
    /// <returns>Whether it is present.</returns>
    public bool Contains(string name) =>
        Array.Exists(_options, o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public IEnumerator<SearchReturnOption> GetEnumerator() => ((IEnumerable<SearchReturnOption>)_options).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(SearchReturnOptions? other) => other is not null && _options.AsSpan().SequenceEqual(other._options);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SearchReturnOptions);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (SearchReturnOption o in _options) hash.Add(o);
        return hash.ToHashCode();
    }

    /// <summary>The wire form, e.g. <c>(MIN COUNT)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + string.Join(' ', (IEnumerable<SearchReturnOption>)_options) + ")";

    /// <summary>Writes <c>"(" [opt *(SP opt)] ")"</c>.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(ToString());
    }

    /// <summary>Reads <c>"(" [search-return-opt *(SP search-return-opt)] ")"</c>.</summary>
    /// <param name="reader">The reader, at "(".</param>
    /// <returns>The options.</returns>
    /// <exception cref="ImapParseException">Malformed.</exception>
    public static SearchReturnOptions Read(ref ImapReader reader)
    {
        reader.EnterList();
        if (reader.TryExitList()) return Empty;
        var list = new List<SearchReturnOption> { SearchReturnOption.Read(ref reader) };
        while (reader.TryReadSpace()) list.Add(SearchReturnOption.Read(ref reader));
        reader.ExitList();
        return new SearchReturnOptions(list);
    }
}
