using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>An ESEARCH item of an extension not known here, its value kept as wire text.</summary>
public sealed record ExtensionReturnData : SearchReturnData
{
    /// <summary>Creates the item.</summary>
    /// <param name="name">A tagged-ext-label; upper-cased.</param>
    /// <param name="value">The value as wire text (a number, sequence-set or parenthesised list).</param>
    public ExtensionReturnData(string name, string value)
        : base(TaggedExtensionValue.CheckLabel(name, nameof(name))) =>
        Value = TaggedExtensionValue.Check(value, nameof(value));

    /// <summary>The value as wire text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    private protected override void WriteValue(ImapWriter writer) => writer.WriteRaw(Value);
}
