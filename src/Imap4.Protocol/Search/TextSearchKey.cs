using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// A search key with one string: FROM, SUBJECT, BODY, TEXT, ... (see <see cref="TextSearchField"/>). The string is
/// always written quoted (or as a literal), never as an atom, as the RFCs' examples do and servers expect.
/// </summary>
/// <param name="Field">Which key.</param>
/// <param name="Value">The string to look for; any text without NUL.</param>
public sealed record TextSearchKey(TextSearchField Field, string Value) : SearchKey
{
    /// <summary>Which key.</summary>
    public TextSearchField Field { get; } = Enum.IsDefined(Field) ? Field : throw new ArgumentOutOfRangeException(nameof(Field));

    /// <summary>The string to look for.</summary>
    public string Value { get; } = SearchArguments.CheckText(Value, nameof(Value));

    /// <inheritdoc />
    public override bool RequiresCharset => !Ascii.IsValid(Value);

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, SearchKeyNames.Text[(int)Field]);
        writer.WriteString(Value);
    }
}
