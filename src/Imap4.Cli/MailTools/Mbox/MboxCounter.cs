namespace Imap4.Cli.MailTools.Mbox;

/// <summary>Counts the messages of an mbox file (its unquoted <c>From </c> lines) for the progress display.</summary>
internal static class MboxCounter
{
    private static readonly byte[] From = "From "u8.ToArray();

    /// <summary>Counts messages in one pass, in constant memory.</summary>
    /// <param name="path">The mbox file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The count.</returns>
    public static async Task<long> CountAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        int matched = 0; // bytes of "From " matched at a line start; -1 in mid-line
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            for (int i = 0; i < read; i++)
            {
                byte b = buffer[i];
                if (b == (byte)'\n') matched = 0;
                else if (matched >= 0 && b == From[matched]) { if (++matched == From.Length) { count++; matched = -1; } }
                else matched = -1;
            }
        }
        return count;
    }
}
