using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// Untagged data this library does not model (or could not parse), kept as the raw bytes after <c>"* "</c>
/// without the final CRLF, so that an unknown response is never fatal.
/// </summary>
/// <param name="Keyword">The first atom after a leading number, or the first atom (upper case), e.g. <c>XFOO</c>.</param>
/// <param name="Number">The leading number, for <c>* 12 XFOO</c> responses.</param>
/// <param name="Data">The raw bytes after <c>"* "</c>, CRLF excluded.</param>
public sealed record RawUntaggedResponse(string Keyword, uint? Number, ReadOnlyMemory<byte> Data) : UntaggedResponse
{
    /// <inheritdoc />
    public override string Keyword { get; } = Keyword;

    /// <summary>Why a known response could not be parsed, or null when the keyword is simply unknown.</summary>
    public string? ParseError { get; init; }

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer) => writer.WriteRaw(Data.Span);

    /// <inheritdoc />
    public override string ToString() => "* " + Encoding.UTF8.GetString(Data.Span);
}
