namespace Imap4.Storage.Sqlite.Content;

/// <summary>
/// Holds an appended message between reading it from the client and storing it: in memory up to a limit, then in a
/// temporary file deleted on close. Reading first lets the store parse and check size outside the write lock.
/// </summary>
internal static class ContentSpool
{
    private const int ChunkSize = 81920;

    /// <summary>Reads <paramref name="content"/> to its end into a seekable stream positioned at 0 that the caller disposes.</summary>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.TooBig"/> over <paramref name="maxSize"/>;
    /// <see cref="MailStoreError.Cannot"/> for an empty message.</exception>
    public static async ValueTask<Stream> ReadAsync(Stream content, long maxSize, int memoryLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Stream spool = new MemoryStream();
        try
        {
            byte[] chunk = new byte[ChunkSize];
            int n;
            while ((n = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (spool.Length + n > maxSize) throw new MailStoreException(MailStoreError.TooBig, $"The message is larger than {maxSize} bytes.");
                if (spool is MemoryStream memory && memory.Length + n > memoryLimit) spool = await ToFileAsync(memory, cancellationToken).ConfigureAwait(false);
                await spool.WriteAsync(chunk.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            }
            if (spool.Length == 0) throw new MailStoreException(MailStoreError.Cannot, "An empty message cannot be stored.");
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async ValueTask<Stream> ToFileAsync(MemoryStream memory, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, ChunkSize,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            memory.Position = 0;
            await memory.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await memory.DisposeAsync().ConfigureAwait(false);
        }
    }
}
