using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary><c>NOT key</c>: messages that do not match the key.</summary>
/// <param name="Key">The negated key.</param>
public sealed record NotSearchKey(SearchKey Key) : SearchKey
{
    /// <summary>The negated key.</summary>
    public SearchKey Key { get; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <inheritdoc />
    public override bool RequiresCharset => Key.RequiresCharset;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, "NOT");
        Key.Write(writer);
    }
}
