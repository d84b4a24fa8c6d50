using System.Security.Cryptography;
using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>
/// SCRAM (RFC 5802) without channel binding (gs2 header "n"): the password never crosses the wire and the server
/// proves it knows the stored key. User name and password are prepared with SASLprep as query strings; the user name
/// is escaped ("=" as "=3D", "," as "=2C"). A wrong or missing server signature throws <see cref="SaslException"/>.
/// </summary>
/// <remarks>The "-PLUS" variants (channel binding) are not implemented.</remarks>
public abstract class ScramMechanism : SaslMechanism
{
    /// <summary>The highest iteration count accepted from a server, so a hostile server cannot burn our CPU.</summary>
    public const int MaxIterations = 1_000_000;

    private readonly HashAlgorithmName hash;
    private readonly string password;
    private readonly string gs2Header;
    private readonly string clientFirstBare;
    private readonly string clientNonce;
    private byte[]? expectedServerSignature;
    private bool serverVerified;
    private int step;

    /// <summary>Prepares the exchange.</summary>
    /// <param name="hash">The hash function (SHA-1 or SHA-256).</param>
    /// <param name="userName">The user name (authentication identity).</param>
    /// <param name="password">The password.</param>
    /// <param name="authorizationId">The identity to act as, or null.</param>
    /// <param name="clientNonce">The client nonce (printable, no comma), or null to draw a random one.</param>
    /// <exception cref="ArgumentException">A value is empty, contains NUL, or fails SASLprep.</exception>
    private protected ScramMechanism(HashAlgorithmName hash, string userName, string password, string? authorizationId, string? clientNonce)
    {
        RequireNoNul(userName, nameof(userName));
        RequireNoNul(password, nameof(password));
        this.hash = hash;
        this.password = PrepareNonEmpty(password, nameof(password));
        gs2Header = authorizationId is null ? "n,," : "n,a=" + EscapeName(PrepareNonEmpty(authorizationId, nameof(authorizationId))) + ",";
        this.clientNonce = clientNonce ?? CreateNonce();
        clientFirstBare = "n=" + EscapeName(PrepareNonEmpty(userName, nameof(userName))) + ",r=" + this.clientNonce;
    }

    /// <inheritdoc />
    public override bool SupportsInitialResponse => true;

    /// <inheritdoc />
    public override bool IsPlaintext => false;

    /// <summary>Only the client-final message (index 1, it carries the proof) is secret.</summary>
    /// <param name="clientMessageIndex">The message index.</param>
    /// <returns>True for index 1.</returns>
    public override bool IsSecret(int clientMessageIndex) => clientMessageIndex == 1;

    /// <summary>Checks that the server proved itself, in the exchange or in the success data.</summary>
    /// <param name="additionalData">The server-final message sent with success, or empty.</param>
    public override void VerifySuccess(ReadOnlySpan<byte> additionalData)
    {
        if (!additionalData.IsEmpty && !serverVerified && expectedServerSignature is not null)
        {
            VerifyServerFinal(additionalData);
        }

        if (!serverVerified)
        {
            throw new SaslException(Name + ": the server reported success without proving its identity.");
        }
    }

    /// <summary>Escapes a prepared name for "n=" and "a=" (RFC 5802 section 5.1).</summary>
    /// <param name="name">The prepared name.</param>
    /// <returns>The escaped name.</returns>
    internal static string EscapeName(string name) =>
        name.Replace("=", "=3D", StringComparison.Ordinal).Replace(",", "=2C", StringComparison.Ordinal);

    /// <inheritdoc />
    protected override ValueTask<byte[]?> CreateInitialResponseAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<byte[]?>(Encoding.UTF8.GetBytes(gs2Header + clientFirstBare));

    /// <inheritdoc />
    protected override ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
    {
        step++;
        if (step == 1)
        {
            return ValueTask.FromResult(CreateClientFinal(challenge.Span));
        }

        VerifyServerFinal(challenge.Span);
        IsComplete = true;
        return ValueTask.FromResult(Array.Empty<byte>());
    }

    // A value that SASLprep maps to nothing (e.g. only soft hyphens) would authenticate as the empty name.
    private static string PrepareNonEmpty(string value, string paramName)
    {
        string prepared = SaslPrep.Prepare(value, paramName);
        return prepared.Length > 0 ? prepared : throw new ArgumentException("The value is empty after SASLprep.", paramName);
    }

    private static string CreateNonce()
    {
        // Base64 of random bytes is printable and never contains ','.
        Span<byte> random = stackalloc byte[24];
        RandomNumberGenerator.Fill(random);
        return Convert.ToBase64String(random);
    }

    private byte[] CreateClientFinal(ReadOnlySpan<byte> serverFirstBytes)
    {
        string serverFirst = ScramMessage.DecodeAscii(Name, serverFirstBytes);
        ScramServerFirst first = ScramServerFirst.Parse(Name, serverFirst, clientNonce);
        string withoutProof = "c=" + Convert.ToBase64String(Encoding.UTF8.GetBytes(gs2Header)) + ",r=" + first.Nonce;
        byte[] authMessage = Encoding.UTF8.GetBytes(clientFirstBare + "," + serverFirst + "," + withoutProof);
        byte[] passwordBytes = Encoding.UTF8.GetBytes(password);
        int length = CryptographicOperations.HashData(hash, []).Length;
        byte[] salted = Rfc2898DeriveBytes.Pbkdf2(passwordBytes, first.Salt, first.Iterations, hash, length);
        byte[] clientKey = CryptographicOperations.HmacData(hash, salted, "Client Key"u8);
        byte[] storedKey = CryptographicOperations.HashData(hash, clientKey);
        byte[] proof = CryptographicOperations.HmacData(hash, storedKey, authMessage);
        for (int i = 0; i < proof.Length; i++)
        {
            proof[i] ^= clientKey[i];
        }

        byte[] serverKey = CryptographicOperations.HmacData(hash, salted, "Server Key"u8);
        expectedServerSignature = CryptographicOperations.HmacData(hash, serverKey, authMessage);
        ClearAll(passwordBytes, salted, clientKey, storedKey, serverKey);
        return Encoding.UTF8.GetBytes(withoutProof + ",p=" + Convert.ToBase64String(proof));
    }

    private void VerifyServerFinal(ReadOnlySpan<byte> serverFinalBytes)
    {
        string serverFinal = ScramMessage.DecodeAscii(Name, serverFinalBytes);
        byte[] signature = ScramMessage.ParseServerFinal(Name, serverFinal);
        if (expectedServerSignature is null
            || !CryptographicOperations.FixedTimeEquals(signature, expectedServerSignature))
        {
            throw new SaslException(Name + ": the server signature is wrong; the server did not prove its identity.");
        }

        serverVerified = true;
    }

    private static void ClearAll(params byte[][] buffers)
    {
        foreach (byte[] buffer in buffers)
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
