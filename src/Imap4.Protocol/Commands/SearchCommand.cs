using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>SEARCH [RETURN (...)] [CHARSET x] criteria</c> and <c>UID SEARCH</c> (RFC 9051, RFC 4731, RFC 5182, RFC 9394).
/// </summary>
/// <param name="Criteria">What to find; several keys are an <see cref="AndSearchKey"/> (see <see cref="SearchProgram"/>).</param>
/// <remarks>
/// When <see cref="Charset"/> is null and the criteria hold non-ASCII text, <c>CHARSET UTF-8</c> is written unless the
/// writer is in UTF-8 mode (UTF8=ACCEPT or IMAP4rev2), where strings are UTF-8 anyway.
/// </remarks>
public sealed record SearchCommand(SearchKey Criteria) : ImapCommand
{
    /// <summary>What to find.</summary>
    public SearchKey Criteria { get; } = Criteria ?? throw new ArgumentNullException(nameof(Criteria));

    /// <summary>True for <c>UID SEARCH</c>: results are UIDs.</summary>
    public bool IsUid { get; init; }

    /// <summary>The charset named by <c>CHARSET</c>, or null to let the writer decide.</summary>
    public string? Charset { get; init => field = SearchCommandSyntax.CheckCharset(value, nameof(Charset)); }

    /// <summary>The RETURN options (ESEARCH), or null for a plain SEARCH answered by <c>* SEARCH</c>.</summary>
    public SearchReturnOptions? Return { get; init; }

    /// <inheritdoc />
    public override string Name => IsUid ? "UID SEARCH" : "SEARCH";

    /// <summary>The charset that will be written with <paramref name="options"/>: <see cref="Charset"/>, or UTF-8 when needed.</summary>
    /// <param name="options">The writer's options.</param>
    /// <returns>The charset, or null when none is written.</returns>
    public string? EffectiveCharset(ImapWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Charset ?? (Criteria.RequiresCharset && !options.Utf8 ? "UTF-8" : null);
    }

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        SearchCommandSyntax.WriteReturn(writer, Return);
        if (EffectiveCharset(writer.Options) is { } charset)
        {
            writer.WriteRaw(" CHARSET "u8);
            SearchCommandSyntax.WriteCharset(writer, charset);
        }
        writer.WriteSpace();
        SearchProgram.Write(writer, Criteria);
    }

    /// <summary>Reads the arguments after <c>SEARCH</c>.</summary>
    internal static SearchCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        SearchReturnOptions? options = SearchCommandSyntax.TryReadReturn(ref reader);
        string? charset = null;
        if (reader.TryReadKeyword("CHARSET"u8))
        {
            reader.ReadSpace();
            charset = SearchCommandSyntax.ReadCharset(ref reader);
            reader.ReadSpace();
        }
        return new SearchCommand(SearchProgram.Read(ref reader)) { IsUid = isUid, Charset = charset, Return = options };
    }
}
