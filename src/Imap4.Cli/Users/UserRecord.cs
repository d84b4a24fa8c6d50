using Imap4.Server.Authentication;

namespace Imap4.Cli.Users;

/// <summary>One user as stored in the users file: the SCRAM-SHA-256 record only, never the password.</summary>
/// <param name="Salt">The salt, base64.</param>
/// <param name="Iterations">The PBKDF2 iteration count.</param>
/// <param name="StoredKey">StoredKey, base64.</param>
/// <param name="ServerKey">ServerKey, base64.</param>
public sealed record UserRecord(string Salt, int Iterations, string StoredKey, string ServerKey)
{
    /// <summary>The record of a credential.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>The record.</returns>
    public static UserRecord From(ScramCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new UserRecord(
            Convert.ToBase64String(credential.Salt.Span), credential.Iterations,
            Convert.ToBase64String(credential.StoredKey.Span), Convert.ToBase64String(credential.ServerKey.Span));
    }

    /// <summary>The credential this record describes.</summary>
    /// <returns>The credential.</returns>
    /// <exception cref="FormatException">A field is not valid base64.</exception>
    /// <exception cref="ArgumentException">A field has the wrong size.</exception>
    public ScramCredential ToCredential() =>
        new(Convert.FromBase64String(Salt), Iterations, Convert.FromBase64String(StoredKey), Convert.FromBase64String(ServerKey));
}
