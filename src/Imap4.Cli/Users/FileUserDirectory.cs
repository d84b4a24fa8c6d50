using System.Security.Cryptography;
using Imap4.Server.Authentication;

namespace Imap4.Cli.Users;

/// <summary>
/// An <see cref="IUserDirectory"/> backed by the users file of a data directory. The file's timestamp and size are
/// checked on each lookup and the file re-read when they changed, so <c>imap4 user add</c> takes effect on a running
/// server. Only SCRAM-SHA-256 records are kept, so CRAM-MD5 is not supported.
/// </summary>
public sealed class FileUserDirectory : IUserDirectory, IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);

    // A record for unknown users, so that a failed lookup costs the same PBKDF2 time as a wrong password.
    private readonly Lazy<ScramCredential> _decoy = new(() => ScramCredential.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), 100_000));
    private Snapshot _snapshot = Snapshot.Empty;

    /// <summary>Creates a directory over a users file (which need not exist yet).</summary>
    /// <param name="path">The users file.</param>
    public FileUserDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FilePath = Path.GetFullPath(path);
    }

    /// <summary>The users file.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    public bool SupportsCramMd5 => false;

    /// <summary>The user names now in the file, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The names.</returns>
    public async Task<IReadOnlyList<string>> GetUserNamesAsync(CancellationToken cancellationToken = default)
    {
        Snapshot snapshot = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        return [.. snapshot.Users.Keys];
    }

    /// <inheritdoc/>
    public async ValueTask<ImapUser?> VerifyPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        Snapshot snapshot = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!snapshot.Users.TryGetValue(userName, out ScramCredential? credential))
        {
            _decoy.Value.Verify(password);
            return null;
        }
        return credential.Verify(password) ? new ImapUser(userName) : null;
    }

    /// <inheritdoc/>
    public async ValueTask<ScramCredential?> GetScramCredentialAsync(string userName, CancellationToken cancellationToken)
    {
        Snapshot snapshot = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.Users.GetValueOrDefault(userName);
    }

    /// <inheritdoc/>
    public ValueTask<ImapUser?> VerifyCramMd5Async(string userName, ReadOnlyMemory<byte> challenge, ReadOnlyMemory<byte> digest, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ImapUser?>(null);

    /// <inheritdoc/>
    public void Dispose() => _reload.Dispose();

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        Stamp stamp = Stamp.Of(FilePath);
        Snapshot snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Stamp == stamp) return snapshot;
        await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = _snapshot;
            stamp = Stamp.Of(FilePath);
            if (snapshot.Stamp == stamp) return snapshot;
            UserFile file = await UserFile.ReadAsync(FilePath, cancellationToken).ConfigureAwait(false);
            var users = new Dictionary<string, ScramCredential>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, UserRecord> pair in file.Users) users[pair.Key] = pair.Value.ToCredential();
            snapshot = new Snapshot(stamp, users);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(Stamp Stamp, IReadOnlyDictionary<string, ScramCredential> Users)
    {
        public static Snapshot Empty { get; } = new(new Stamp(DateTime.MinValue, -2), new Dictionary<string, ScramCredential>());
    }

    // A rename replaces the file, which changes its timestamp or size (or both); a missing file has length -1.
    private readonly record struct Stamp(DateTime WrittenUtc, long Length)
    {
        public static Stamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new Stamp(info.LastWriteTimeUtc, info.Length) : new Stamp(DateTime.MinValue, -1);
        }
    }
}
