using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>THREADID (objectid) / NIL</c>: the message's thread id (OBJECTID, RFC 8474).</summary>
/// <param name="ThreadId">The objectid, or null when the server does not thread (NIL).</param>
public sealed record ThreadIdItem(string? ThreadId) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "THREADID";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (ThreadId is null)
        {
            writer.WriteRaw("THREADID NIL"u8);
            return;
        }
        writer.WriteRaw("THREADID ("u8);
        writer.WriteRaw(ThreadId);
        writer.WriteByte((byte)')');
    }
}
