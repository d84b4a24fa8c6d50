namespace Imap4.Cli.Users;

/// <summary>
/// An exclusive lock around read-modify-write of the users file, so two <c>imap4 user</c> commands (or one and a
/// starting server) cannot lose each other's change. It is a lock file opened without sharing, which .NET enforces
/// across processes (flock on Unix, share modes on Windows).
/// </summary>
internal sealed class UserFileLock : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FileStream _file;

    private UserFileLock(FileStream file) => _file = file;

    /// <summary>Waits for the lock of a users file.</summary>
    /// <param name="userFilePath">The users file.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    /// <returns>The lock; dispose it to release.</returns>
    /// <exception cref="IOException">The lock stayed taken for ten seconds.</exception>
    public static async Task<UserFileLock> AcquireAsync(string userFilePath, CancellationToken cancellationToken)
    {
        string path = userFilePath + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DateTime deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new UserFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, useAsync: true));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
