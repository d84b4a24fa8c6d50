using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>
/// CRAM-MD5 (RFC 2195): answers the server's challenge with "user SP hex(HMAC-MD5(password, challenge))". The password
/// does not cross the wire, but the server must store it in the clear and the response allows an offline dictionary
/// attack, so the factory picks CRAM-MD5 only when explicitly requested.
/// </summary>
public sealed class CramMd5Mechanism : SaslMechanism
{
    private readonly string userName;
    private readonly string password;

    /// <summary>Creates the mechanism.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The shared secret.</param>
    /// <exception cref="ArgumentException">A value is empty or contains NUL.</exception>
    public CramMd5Mechanism(string userName, string password)
    {
        RequireNoNul(userName, nameof(userName));
        RequireNoNul(password, nameof(password));
        this.userName = userName;
        this.password = password;
    }

    /// <inheritdoc />
    public override string Name => SaslMechanismNames.CramMd5;

    /// <inheritdoc />
    public override bool SupportsInitialResponse => false;

    /// <inheritdoc />
    public override bool IsPlaintext => false;

    /// <inheritdoc />
    [SuppressMessage("Security", "CA5351", Justification = "RFC 2195 defines CRAM-MD5 as HMAC-MD5; used only on explicit request.")]
    protected override ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
    {
        if (challenge.IsEmpty)
        {
            throw new SaslException("CRAM-MD5: the server sent an empty challenge.");
        }

        byte[] key = Encoding.UTF8.GetBytes(password);
        byte[] digest = HMACMD5.HashData(key, challenge.Span);
        CryptographicOperations.ZeroMemory(key);
        IsComplete = true;
        string response = userName + " " + Convert.ToHexStringLower(digest);
        return ValueTask.FromResult(Encoding.UTF8.GetBytes(response));
    }
}
