using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>A search key without argument: ALL, SEEN, UNDELETED, ... (see <see cref="SimpleSearchKind"/>).</summary>
/// <param name="Kind">Which key.</param>
public sealed record SimpleSearchKey(SimpleSearchKind Kind) : SearchKey
{
    /// <summary>Which key.</summary>
    public SimpleSearchKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind));

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(SearchKeyNames.Simple[(int)Kind]);
    }
}
