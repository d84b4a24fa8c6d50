using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>A search key with a date: SINCE, BEFORE, SENTON, SAVEDSINCE, ... (see <see cref="DateSearchField"/>).</summary>
/// <param name="Field">Which key.</param>
/// <param name="Date">The date (time and zone are the server's business).</param>
public sealed record DateSearchKey(DateSearchField Field, DateOnly Date) : SearchKey
{
    /// <summary>Which key.</summary>
    public DateSearchField Field { get; } = Enum.IsDefined(Field) ? Field : throw new ArgumentOutOfRangeException(nameof(Field));

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, SearchKeyNames.Date[(int)Field]);
        writer.WriteRaw(ImapDate.FormatDate(Date));
    }
}
