using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>A search key with a number: LARGER, SMALLER, OLDER, YOUNGER, X-GM-MSGID, X-GM-THRID.</summary>
/// <param name="Field">Which key.</param>
/// <param name="Value">
/// The number: for OLDER and YOUNGER seconds from 1 to 4294967295, otherwise a number64 (at most 2^63-1).
/// </param>
public sealed record NumberSearchKey(NumberSearchField Field, ulong Value) : SearchKey
{
    /// <summary>Which key.</summary>
    public NumberSearchField Field { get; } = Enum.IsDefined(Field) ? Field : throw new ArgumentOutOfRangeException(nameof(Field));

    /// <summary>The number.</summary>
    public ulong Value { get; } = IsValid(Field, Value) ? Value : throw new ArgumentOutOfRangeException(nameof(Value));

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <summary>Whether a value fits the key's grammar (nz-number for OLDER/YOUNGER, number64 otherwise).</summary>
    internal static bool IsValid(NumberSearchField field, ulong value) => field is NumberSearchField.Older or NumberSearchField.Younger
        ? value is >= 1 and <= uint.MaxValue
        : value <= long.MaxValue;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, SearchKeyNames.Number[(int)Field]);
        writer.WriteNumber(Value);
    }
}
