namespace Imap4.Server.Authentication;

/// <summary>
/// Checks credentials. Implementations never keep or log plaintext passwords unless a mechanism requires it
/// (CRAM-MD5, see <see cref="SupportsCramMd5"/>).
/// </summary>
public interface IUserDirectory
{
    /// <summary>Checks a user name and password (LOGIN, AUTHENTICATE PLAIN and LOGIN).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password in clear text.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The user, or null when the name is unknown or the password wrong.</returns>
    ValueTask<ImapUser?> VerifyPasswordAsync(string userName, string password, CancellationToken cancellationToken);

    /// <summary>The stored SCRAM-SHA-256 keys of a user (RFC 5802, RFC 7677), or null when unknown.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The keys, or null.</returns>
    ValueTask<ScramCredential?> GetScramCredentialAsync(string userName, CancellationToken cancellationToken);

    /// <summary>
    /// True when the directory can check CRAM-MD5 responses. CRAM-MD5 needs the plaintext password (or an equivalent
    /// secret) on the server, so directories that keep only slow hashes answer false and the mechanism is not offered.
    /// </summary>
    bool SupportsCramMd5 { get; }

    /// <summary>Checks a CRAM-MD5 response (RFC 2195): the HMAC-MD5 of the challenge keyed with the password.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="challenge">The challenge the server sent.</param>
    /// <param name="digest">The 16-byte digest the client sent (decoded from hex).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The user, or null when unknown, wrong, or unsupported.</returns>
    ValueTask<ImapUser?> VerifyCramMd5Async(string userName, ReadOnlyMemory<byte> challenge, ReadOnlyMemory<byte> digest, CancellationToken cancellationToken);
}
