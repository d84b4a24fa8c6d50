using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[HIGHESTMODSEQ n]</c> (RFC 7162): the highest mod-sequence of the selected mailbox.</summary>
/// <param name="ModSeq">The mod-sequence value (1 to 2^63-1).</param>
public sealed record HighestModSeqCode(ulong ModSeq) : ResponseCode("HIGHESTMODSEQ")
{
    /// <summary>The highest mod-sequence value.</summary>
    public ulong ModSeq { get; } = ModSeq is not 0 and <= long.MaxValue
        ? ModSeq
        : throw new ArgumentOutOfRangeException(nameof(ModSeq), "a mod-sequence value is 1 to 2^63-1");

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteNumber(ModSeq);
    }

    internal static HighestModSeqCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        ulong value = reader.ReadNumber64();
        if (value == 0) reader.Fail("HIGHESTMODSEQ must not be 0");
        return new HighestModSeqCode(value);
    }
}
