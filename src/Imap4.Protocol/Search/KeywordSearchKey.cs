using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary><c>KEYWORD flag</c> (or <c>UNKEYWORD flag</c> when <paramref name="Negated"/>): the keyword is (not) set.</summary>
/// <param name="Keyword">A keyword flag (no backslash), e.g. <c>$Junk</c>.</param>
/// <param name="Negated">True for UNKEYWORD.</param>
public sealed record KeywordSearchKey(Flag Keyword, bool Negated = false) : SearchKey
{
    /// <summary>The keyword.</summary>
    public Flag Keyword { get; } = CheckKeyword(Keyword);

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    private static Flag CheckKeyword(Flag keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return keyword.IsKeyword ? keyword : throw new ArgumentException($"'{keyword}' is a system flag, not a keyword; use the flag's own search key.", nameof(keyword));
    }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, Negated ? "UNKEYWORD" : "KEYWORD");
        writer.WriteRaw(Keyword.Value);
    }
}
