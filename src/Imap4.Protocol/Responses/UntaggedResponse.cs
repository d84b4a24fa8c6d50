using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// Untagged data (<c>* ...</c>) other than a status response: CAPABILITY, LIST, FETCH, EXISTS and the rest.
/// Subclasses write their data after <c>"* "</c>.
/// </summary>
public abstract record UntaggedResponse : ImapResponse
{
    /// <summary>
    /// The response's keyword as on the wire (e.g. <c>EXISTS</c>, <c>FETCH</c>, <c>LIST</c>), used to route it to the
    /// command that asked for it.
    /// </summary>
    public abstract string Keyword { get; }

    /// <summary>Writes everything after <c>"* "</c> and before the final CRLF.</summary>
    /// <param name="writer">Where to write.</param>
    protected abstract void WriteData(ImapWriter writer);

    /// <inheritdoc />
    public sealed override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("* "u8);
        WriteData(writer);
        writer.WriteCrlf();
    }
}
