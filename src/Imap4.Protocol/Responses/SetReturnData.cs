using Imap4.Protocol.Search;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>An ESEARCH item with a sequence-set: <c>ALL set</c> (order kept, as ESORT sends sorted numbers).</summary>
public sealed record SetReturnData : SearchReturnData
{
    /// <summary>Creates the item.</summary>
    /// <param name="name">ALL (or an extension's name); upper-cased.</param>
    /// <param name="set">The numbers.</param>
    public SetReturnData(string name, SequenceSet set)
        : base(TaggedExtensionValue.CheckLabel(name, nameof(name))) =>
        Set = set ?? throw new ArgumentNullException(nameof(set));

    /// <summary>The numbers.</summary>
    public SequenceSet Set { get; }

    /// <inheritdoc />
    private protected override void WriteValue(ImapWriter writer) => writer.WriteSequenceSet(Set);
}
