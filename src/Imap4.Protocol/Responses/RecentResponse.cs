using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* n RECENT</c>: the number of messages with \Recent (IMAP4rev1).</summary>
/// <param name="Count">The number of messages with \Recent (IMAP4rev1).</param>
public sealed record RecentResponse(uint Count) : UntaggedResponse
{
    /// <inheritdoc />
    public override string Keyword => "RECENT";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteNumber(Count);
        writer.WriteRaw(" RECENT"u8);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static RecentResponse Parse(ref ImapReader reader, uint number) =>
        new RecentResponse(number);
}
