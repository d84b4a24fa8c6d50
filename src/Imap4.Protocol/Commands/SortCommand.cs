using System.Collections.ObjectModel;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>SORT [RETURN (...)] (criteria) charset search-criteria</c> and <c>UID SORT</c> (RFC 5256, RFC 5267 ESORT,
/// RFC 5957 DISPLAYFROM/DISPLAYTO).
/// </summary>
public sealed record SortCommand : ImapCommand
{
    /// <summary>Creates a SORT command.</summary>
    /// <param name="sortBy">At least one criterion, most significant first.</param>
    /// <param name="search">Which messages to sort.</param>
    /// <exception cref="ArgumentException">No criterion.</exception>
    public SortCommand(IEnumerable<SortCriterion> sortBy, SearchKey search)
    {
        ArgumentNullException.ThrowIfNull(sortBy);
        SortCriterion[] array = [.. sortBy];
        if (array.Length == 0) throw new ArgumentException("SORT needs at least one criterion.", nameof(sortBy));
        foreach (SortCriterion c in array) _ = c.ToString(); // rejects undefined keys now rather than when writing
        SortBy = new ReadOnlyCollection<SortCriterion>(array);
        Search = search ?? throw new ArgumentNullException(nameof(search));
    }

    /// <summary>The sort criteria, most significant first.</summary>
    public IReadOnlyList<SortCriterion> SortBy { get; }

    /// <summary>Which messages to sort.</summary>
    public SearchKey Search { get; }

    /// <summary>The charset of the strings in <see cref="Search"/> (mandatory in SORT); UTF-8 by default.</summary>
    public string Charset { get; init => field = SearchCommandSyntax.CheckCharset(value, nameof(Charset)) ?? throw new ArgumentNullException(nameof(Charset)); } = "UTF-8";

    /// <summary>True for <c>UID SORT</c>.</summary>
    public bool IsUid { get; init; }

    /// <summary>The RETURN options (ESORT, answered by ESEARCH), or null for a plain SORT answered by <c>* SORT</c>.</summary>
    public SearchReturnOptions? Return { get; init; }

    /// <inheritdoc />
    public override string Name => IsUid ? "UID SORT" : "SORT";

    /// <inheritdoc />
    public bool Equals(SortCommand? other) =>
        other is not null && SortBy.SequenceEqual(other.SortBy) && Search.Equals(other.Search) && Charset == other.Charset
        && IsUid == other.IsUid && Equals(Return, other.Return);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SortBy.Count, Search, Charset, IsUid, Return);

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        SearchCommandSyntax.WriteReturn(writer, Return);
        writer.WriteSpace();
        SortCriterion.WriteList(writer, SortBy);
        writer.WriteSpace();
        SearchCommandSyntax.WriteCharset(writer, Charset);
        writer.WriteSpace();
        SearchProgram.Write(writer, Search);
    }

    /// <summary>Reads the arguments after <c>SORT</c>.</summary>
    internal static SortCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        SearchReturnOptions? options = SearchCommandSyntax.TryReadReturn(ref reader);
        IReadOnlyList<SortCriterion> sortBy = SortCriterion.ReadList(ref reader);
        reader.ReadSpace();
        string charset = SearchCommandSyntax.ReadCharset(ref reader);
        reader.ReadSpace();
        return new SortCommand(sortBy, SearchProgram.Read(ref reader)) { Charset = charset, IsUid = isUid, Return = options };
    }
}
