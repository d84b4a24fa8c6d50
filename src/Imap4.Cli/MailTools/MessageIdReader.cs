using System.Text;

namespace Imap4.Cli.MailTools;

/// <summary>Reads a message's Message-ID from the start of its header without moving the stream.</summary>
internal static class MessageIdReader
{
    /// <summary>The Message-ID (e.g. <c>&lt;a@b&gt;</c>), or null when the first <paramref name="limit"/> bytes of the header have none.</summary>
    /// <param name="message">The message, positioned at its start; the position is restored.</param>
    /// <param name="limit">How many bytes to search.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The id, or null.</returns>
    public static async Task<string?> ReadAsync(Stream message, int limit, CancellationToken cancellationToken)
    {
        long start = message.Position;
        byte[] head = new byte[limit];
        int n = await message.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        message.Position = start;
        string[] lines = Encoding.Latin1.GetString(head, 0, n).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0) return null; // end of the header
            if (!line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase)) continue;
            string value = line["Message-ID:".Length..].Trim();
            // A folded field continues on the next line, which starts with white space.
            if (value.Length == 0 && i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0])) value = lines[i + 1].Trim();
            return value.Length > 0 ? value : null;
        }
        return null;
    }
}
