using System.Security.Cryptography;
using System.Text;
using Imap4.Mime;
using Imap4.Mime.Headers;
using Imap4.Mime.Imap;

namespace Imap4.Storage;

/// <summary>Computes a <see cref="MessageSummary"/> from a parsed message, the same way for every store.</summary>
public static class MessageAnalyzer
{
    /// <summary>Computes the summary of a message.</summary>
    /// <param name="message">The parsed message.</param>
    /// <param name="fallbackThreadId">The thread id when the message has no Message-ID, In-Reply-To or References
    /// (typically derived from the EMAILID, so the message is a thread of its own).</param>
    public static MessageSummary Analyze(ParsedMessage message, string fallbackThreadId)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(fallbackThreadId);
        HeaderList header = message.Root.Header;
        return new MessageSummary
        {
            Size = message.Size,
            SentDate = header.Get("Date") is { } date && Imap4.Mime.Headers.MailDate.TryParse(date.Value, out DateTimeOffset sent) ? sent : null,
            ThreadId = ThreadIdOf(header) ?? fallbackThreadId,
            Envelope = ImapFetchData.Envelope(message.Root),
            Body = ImapFetchData.Body(message.Root),
            BodyStructure = ImapFetchData.BodyStructure(message.Root),
        };
    }

    // The thread root is the first message id of References, else of In-Reply-To, else the message's own id:
    // a reply and its original then share a root without any state.
    private static string? ThreadIdOf(HeaderList header)
    {
        string? root = FirstMessageId(header.Get("References")?.Value)
            ?? FirstMessageId(header.Get("In-Reply-To")?.Value)
            ?? FirstMessageId(header.Get("Message-ID")?.Value);
        if (root is null) return null;
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(root.ToLowerInvariant()));
        return "T" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    private static string? FirstMessageId(string? value)
    {
        if (value is null) return null;
        int open = value.IndexOf('<', StringComparison.Ordinal);
        int close = open < 0 ? -1 : value.IndexOf('>', open + 1);
        if (close > open + 1) return value[(open + 1)..close];
        string trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
