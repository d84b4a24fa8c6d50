using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// One server response: a tagged or untagged status response, a continuation request, or untagged data.
/// A server writes it with <see cref="Write"/>; a client gets it from <see cref="ResponseParser"/>.
/// </summary>
public abstract record ImapResponse
{
    /// <summary>Writes the whole response, through its final CRLF.</summary>
    /// <param name="writer">Where to write (server options: literals are plain <c>{n}</c>).</param>
    public abstract void Write(ImapWriter writer);
}
