using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>An ESEARCH item with a number: MIN, MAX, COUNT or MODSEQ.</summary>
public sealed record NumberReturnData : SearchReturnData
{
    /// <summary>Creates the item.</summary>
    /// <param name="name">MIN, MAX, COUNT, MODSEQ (or an extension's name); upper-cased.</param>
    /// <param name="value">The number (at most 2^63-1; MIN and MAX from 1, and below 2^32 like COUNT).</param>
    /// <exception cref="ArgumentException">Bad name or a value out of range for it.</exception>
    public NumberReturnData(string name, ulong value)
        : base(TaggedExtensionValue.CheckLabel(name, nameof(name)))
    {
        ulong max = Name is "MIN" or "MAX" or "COUNT" ? uint.MaxValue : (ulong)long.MaxValue;
        bool nonZero = Name is "MIN" or "MAX" or "MODSEQ";
        Value = value <= max && (value != 0 || !nonZero) ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The number.</summary>
    public ulong Value { get; }

    /// <inheritdoc />
    private protected override void WriteValue(ImapWriter writer) => writer.WriteNumber(Value);
}
