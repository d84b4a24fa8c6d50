using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>A CATENATE <c>URL "imap-url"</c> part: message data the server fetches itself (RFC 4469, RFC 5092).</summary>
public sealed record CatenateUrlPart : CatenatePart
{
    /// <summary>Creates the part.</summary>
    /// <param name="url">The IMAP URL, absolute or relative to the session (e.g. <c>/Drafts;UIDVALIDITY=385759045/;UID=20</c>).</param>
    /// <exception cref="ArgumentException">Empty, or contains NUL.</exception>
    public CatenateUrlPart(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        if (url.Contains('\0', StringComparison.Ordinal)) throw new ArgumentException("A URL cannot contain NUL.", nameof(url));
        Url = url;
    }

    /// <summary>The URL.</summary>
    public string Url { get; }

    internal override void Write(ImapWriter writer)
    {
        writer.WriteRaw("URL "u8);
        writer.WriteString(Url); // always quoted, as in RFC 4469's examples
    }

    /// <inheritdoc/>
    public override string ToString() => $"URL {Url}";
}
