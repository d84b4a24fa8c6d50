using System.Security.Cryptography;

namespace Imap4.Client.Sasl;

/// <summary>SCRAM-SHA-256 (RFC 7677).</summary>
public sealed class ScramSha256Mechanism : ScramMechanism
{
    /// <summary>Creates the mechanism with a random client nonce.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="authorizationId">The identity to act as, or null.</param>
    /// <exception cref="ArgumentException">A value is empty, contains NUL, or fails SASLprep.</exception>
    public ScramSha256Mechanism(string userName, string password, string? authorizationId = null)
        : base(HashAlgorithmName.SHA256, userName, password, authorizationId, null)
    {
    }

    /// <summary>Creates the mechanism with a fixed client nonce (tests).</summary>
    internal ScramSha256Mechanism(string userName, string password, string? authorizationId, string clientNonce)
        : base(HashAlgorithmName.SHA256, userName, password, authorizationId, clientNonce)
    {
    }

    /// <inheritdoc />
    public override string Name => SaslMechanismNames.ScramSha256;
}
