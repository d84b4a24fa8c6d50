using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Imap4.Server.Authentication;

/// <summary>
/// A thread-safe user directory in memory. Passwords are kept only as SCRAM-SHA-256 records (salted PBKDF2-HMAC-SHA256
/// with a per-user salt, <see cref="Iterations"/> rounds), which serve LOGIN, PLAIN and SCRAM alike. With
/// <see cref="EnableCramMd5"/> the plaintext is also kept in memory, because CRAM-MD5 cannot work without it.
/// </summary>
public sealed class InMemoryUserDirectory : IUserDirectory
{
    private readonly ConcurrentDictionary<string, Entry> _users = new(StringComparer.Ordinal);

    // A record for unknown users, so that a failed lookup costs the same PBKDF2 time as a wrong password.
    private readonly Lazy<ScramCredential> _decoy;

    /// <summary>Creates an empty directory.</summary>
    public InMemoryUserDirectory() => _decoy = new(() => ScramCredential.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), Iterations));

    /// <summary>PBKDF2 iterations for passwords added from now on. Default 100 000; at least 4 096 (RFC 7677).</summary>
    public int Iterations
    {
        get;
        set => field = value >= 4096 ? value : throw new ArgumentOutOfRangeException(nameof(value), "At least 4096 iterations.");
    } = 100_000;

    /// <summary>
    /// Keep plaintext passwords (of users added from now on) so CRAM-MD5 can be offered. Off by default: CRAM-MD5
    /// needs the password itself on the server.
    /// </summary>
    public bool EnableCramMd5 { get; set; }

    /// <inheritdoc/>
    public bool SupportsCramMd5 => EnableCramMd5;

    /// <summary>The user names, in no particular order.</summary>
    public IReadOnlyCollection<string> UserNames => (IReadOnlyCollection<string>)_users.Keys;

    /// <summary>Adds a user or replaces the password of an existing one.</summary>
    /// <param name="userName">The user name (compared ordinally).</param>
    /// <param name="password">The password.</param>
    public void SetUser(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(password);
        _users[userName] = new Entry(new ImapUser(userName), ScramCredential.Create(password, Iterations), EnableCramMd5 ? password : null);
    }

    /// <summary>Removes a user.</summary>
    /// <param name="userName">The user name.</param>
    /// <returns>True when the user existed.</returns>
    public bool RemoveUser(string userName) => _users.TryRemove(userName, out _);

    /// <inheritdoc/>
    public ValueTask<ImapUser?> VerifyPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_users.TryGetValue(userName, out Entry? entry))
        {
            _decoy.Value.Verify(password);
            return ValueTask.FromResult<ImapUser?>(null);
        }
        return ValueTask.FromResult(entry.Scram.Verify(password) ? entry.User : null);
    }

    /// <inheritdoc/>
    public ValueTask<ScramCredential?> GetScramCredentialAsync(string userName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_users.TryGetValue(userName, out Entry? entry) ? entry.Scram : null);
    }

    /// <inheritdoc/>
    public ValueTask<ImapUser?> VerifyCramMd5Async(string userName, ReadOnlyMemory<byte> challenge, ReadOnlyMemory<byte> digest, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_users.TryGetValue(userName, out Entry? entry) || entry.Password is null) return ValueTask.FromResult<ImapUser?>(null);
#pragma warning disable CA5351 // CRAM-MD5 (RFC 2195) is defined with HMAC-MD5; it is offered only when enabled.
        byte[] expected = HMACMD5.HashData(Encoding.UTF8.GetBytes(entry.Password), challenge.Span);
#pragma warning restore CA5351
        return ValueTask.FromResult(CryptographicOperations.FixedTimeEquals(expected, digest.Span) ? entry.User : null);
    }

    private sealed record Entry(ImapUser User, ScramCredential Scram, string? Password);
}
