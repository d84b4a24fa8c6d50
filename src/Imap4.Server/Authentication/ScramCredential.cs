using System.Security.Cryptography;
using System.Text;

namespace Imap4.Server.Authentication;

/// <summary>
/// What a server stores for SCRAM-SHA-256 (RFC 5802 section 3): the salt, the iteration count, StoredKey and ServerKey.
/// The salted password itself is not kept, so a stolen record cannot be replayed as a client; the record is still a
/// slow salted hash (PBKDF2-HMAC-SHA256), and it also checks plaintext passwords for LOGIN and PLAIN.
/// </summary>
public sealed class ScramCredential
{
    /// <summary>Creates a record from its parts.</summary>
    /// <param name="salt">The salt (at least 8 bytes).</param>
    /// <param name="iterations">The PBKDF2 iteration count (at least 4 096, RFC 7677).</param>
    /// <param name="storedKey">H(ClientKey), 32 bytes.</param>
    /// <param name="serverKey">HMAC(SaltedPassword, "Server Key"), 32 bytes.</param>
    public ScramCredential(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey)
    {
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentNullException.ThrowIfNull(storedKey);
        ArgumentNullException.ThrowIfNull(serverKey);
        if (salt.Length < 8) throw new ArgumentException("The salt must have at least 8 bytes.", nameof(salt));
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        if (storedKey.Length != 32 || serverKey.Length != 32) throw new ArgumentException("SCRAM-SHA-256 keys have 32 bytes.");
        Salt = salt;
        Iterations = iterations;
        StoredKey = storedKey;
        ServerKey = serverKey;
    }

    /// <summary>The salt.</summary>
    public ReadOnlyMemory<byte> Salt { get; }

    /// <summary>The iteration count.</summary>
    public int Iterations { get; }

    /// <summary>StoredKey = SHA-256(ClientKey).</summary>
    public ReadOnlyMemory<byte> StoredKey { get; }

    /// <summary>ServerKey = HMAC-SHA-256(SaltedPassword, "Server Key").</summary>
    public ReadOnlyMemory<byte> ServerKey { get; }

    /// <summary>Derives the record from a password (SASLprep applied first) with a fresh random salt.</summary>
    /// <param name="password">The password.</param>
    /// <param name="iterations">The PBKDF2 iteration count.</param>
    /// <returns>The record.</returns>
    public static ScramCredential Create(string password, int iterations) =>
        Derive(password, RandomNumberGenerator.GetBytes(16), iterations);

    /// <summary>Derives the record from a password (SASLprep applied first) and a given salt.</summary>
    /// <param name="password">The password.</param>
    /// <param name="salt">The salt.</param>
    /// <param name="iterations">The PBKDF2 iteration count.</param>
    /// <returns>The record.</returns>
    public static ScramCredential Derive(string password, byte[] salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(salt);
        (byte[] storedKey, byte[] serverKey) = Keys(SaslPrep.Prepare(password), salt, iterations);
        return new ScramCredential(salt, iterations, storedKey, serverKey);
    }

    /// <summary>Checks a plaintext password in constant time (with respect to the stored key).</summary>
    /// <param name="password">The candidate password.</param>
    /// <returns>True when it matches.</returns>
    public bool Verify(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!SaslPrep.TryPrepare(password, out string? prepared)) return false;
        (byte[] storedKey, _) = Keys(prepared, Salt.ToArray(), Iterations);
        return CryptographicOperations.FixedTimeEquals(storedKey, StoredKey.Span);
    }

    private static (byte[] StoredKey, byte[] ServerKey) Keys(string prepared, byte[] salt, int iterations)
    {
        // SaltedPassword = Hi(password, salt, i), which is PBKDF2 with HMAC-SHA-256 and a 32-byte output.
        byte[] salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(prepared), salt, iterations, HashAlgorithmName.SHA256, 32);
        try
        {
            byte[] clientKey = HMACSHA256.HashData(salted, "Client Key"u8);
            byte[] storedKey = SHA256.HashData(clientKey);
            byte[] serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
            CryptographicOperations.ZeroMemory(clientKey);
            return (storedKey, serverKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(salted);
        }
    }
}
