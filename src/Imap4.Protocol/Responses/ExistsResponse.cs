using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* n EXISTS</c>: the number of messages in the mailbox.</summary>
/// <param name="Count">The number of messages in the mailbox.</param>
public sealed record ExistsResponse(uint Count) : UntaggedResponse
{
    /// <inheritdoc />
    public override string Keyword => "EXISTS";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteNumber(Count);
        writer.WriteRaw(" EXISTS"u8);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static ExistsResponse Parse(ref ImapReader reader, uint number) =>
        new ExistsResponse(number);
}
