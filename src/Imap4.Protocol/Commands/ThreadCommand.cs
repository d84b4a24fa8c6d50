using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>THREAD algorithm charset search-criteria</c> and <c>UID THREAD</c> (RFC 5256).</summary>
/// <param name="Algorithm">How to thread.</param>
/// <param name="Search">Which messages to thread.</param>
public sealed record ThreadCommand(ThreadAlgorithm Algorithm, SearchKey Search) : ImapCommand
{
    /// <summary>How to thread.</summary>
    public ThreadAlgorithm Algorithm { get; } = Algorithm ?? throw new ArgumentNullException(nameof(Algorithm));

    /// <summary>Which messages to thread.</summary>
    public SearchKey Search { get; } = Search ?? throw new ArgumentNullException(nameof(Search));

    /// <summary>The charset of the strings in <see cref="Search"/> (mandatory in THREAD); UTF-8 by default.</summary>
    public string Charset { get; init => field = SearchCommandSyntax.CheckCharset(value, nameof(Charset)) ?? throw new ArgumentNullException(nameof(Charset)); } = "UTF-8";

    /// <summary>True for <c>UID THREAD</c>.</summary>
    public bool IsUid { get; init; }

    /// <inheritdoc />
    public override string Name => IsUid ? "UID THREAD" : "THREAD";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteRaw(Algorithm.Name);
        writer.WriteSpace();
        SearchCommandSyntax.WriteCharset(writer, Charset);
        writer.WriteSpace();
        SearchProgram.Write(writer, Search);
    }

    /// <summary>Reads the arguments after <c>THREAD</c>.</summary>
    internal static ThreadCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        var algorithm = new ThreadAlgorithm(reader.ReadAtom());
        reader.ReadSpace();
        string charset = SearchCommandSyntax.ReadCharset(ref reader);
        reader.ReadSpace();
        return new ThreadCommand(algorithm, SearchProgram.Read(ref reader)) { Charset = charset, IsUid = isUid };
    }
}
