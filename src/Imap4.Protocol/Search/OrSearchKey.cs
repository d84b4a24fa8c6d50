using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary><c>OR left right</c>: messages that match either key.</summary>
/// <param name="Left">The first key.</param>
/// <param name="Right">The second key.</param>
public sealed record OrSearchKey(SearchKey Left, SearchKey Right) : SearchKey
{
    /// <summary>The first key.</summary>
    public SearchKey Left { get; } = Left ?? throw new ArgumentNullException(nameof(Left));

    /// <summary>The second key.</summary>
    public SearchKey Right { get; } = Right ?? throw new ArgumentNullException(nameof(Right));

    /// <inheritdoc />
    public override bool RequiresCharset => Left.RequiresCharset || Right.RequiresCharset;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, "OR");
        Left.Write(writer);
        writer.WriteSpace();
        Right.Write(writer);
    }
}
