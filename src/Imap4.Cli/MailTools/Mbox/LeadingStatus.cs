using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools.Mbox;

/// <summary>Reads the status lines an export put before a message and leaves the stream at the message's start.</summary>
internal static class LeadingStatus
{
    /// <summary>Reads the leading <c>Status:</c>/<c>X-Status:</c>/<c>X-Keywords:</c> lines.</summary>
    /// <param name="message">The message, positioned at its start; left after the status lines.</param>
    /// <param name="maxLineLength">The longest status line considered; a longer line ends the search.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The flags they name.</returns>
    public static async Task<IReadOnlyList<Flag>> ReadAsync(Stream message, int maxLineLength, CancellationToken cancellationToken)
    {
        var flags = new List<Flag>();
        byte[] buffer = new byte[maxLineLength + 2];
        while (true)
        {
            long start = message.Position;
            int n = await message.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            int newline = Array.IndexOf(buffer, (byte)'\n', 0, n);
            string line = newline < 0 ? "" : Encoding.Latin1.GetString(buffer, 0, newline).TrimEnd('\r');
            if (newline < 0 || !MboxStatusHeaders.IsStatusLine(line))
            {
                message.Position = start;
                return flags;
            }
            MboxStatusHeaders.Read(line, flags);
            message.Position = start + newline + 1;
        }
    }
}
