using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools.Mbox;

/// <summary>
/// Reads a message's mbox flags. The status lines an export put first are read and skipped (the stream is left at
/// the original message). Without them, as in mboxes of other tools (mutt, Thunderbird), the flags come from
/// <c>Status:</c>/<c>X-Status:</c>/<c>X-Keywords:</c> fields anywhere in the header, which stay in the message.
/// </summary>
internal static class LeadingStatus
{
    /// <summary>Reads the flags.</summary>
    /// <param name="message">The message, positioned at its start; left after the leading status lines.</param>
    /// <param name="options">The line and header-scan limits.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The flags.</returns>
    public static async Task<IReadOnlyList<Flag>> ReadAsync(Stream message, MailToolsOptions options, CancellationToken cancellationToken)
    {
        var flags = new List<Flag>();
        byte[] buffer = new byte[options.MaxStatusLineLength + 2];
        long origin = message.Position;
        while (true)
        {
            long start = message.Position;
            int n = await message.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            int newline = Array.IndexOf(buffer, (byte)'\n', 0, n);
            string line = newline < 0 ? "" : Encoding.Latin1.GetString(buffer, 0, newline).TrimEnd('\r');
            if (newline < 0 || !MboxStatusHeaders.IsStatusLine(line))
            {
                message.Position = start;
                if (start == origin) await ReadHeaderFieldsAsync(message, options.MaxHeaderScanLength, flags, cancellationToken).ConfigureAwait(false);
                return flags;
            }
            MboxStatusHeaders.Read(line, flags);
            message.Position = start + newline + 1;
        }
    }

    /// <summary>Reads status fields in the first <paramref name="limit"/> bytes of the header; restores the position.</summary>
    private static async Task ReadHeaderFieldsAsync(Stream message, int limit, List<Flag> flags, CancellationToken cancellationToken)
    {
        long start = message.Position;
        byte[] head = new byte[limit];
        int n = await message.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        message.Position = start;
        foreach (string raw in Encoding.Latin1.GetString(head, 0, n).Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0) break; // end of the header
            if (MboxStatusHeaders.IsStatusLine(line)) MboxStatusHeaders.Read(line, flags);
        }
    }
}
