namespace Imap4.Client.Sasl;

/// <summary>
/// The client side of one SASL authentication exchange (RFC 4422), as driven by IMAP AUTHENTICATE (with SASL-IR,
/// RFC 4959). An instance serves one exchange only.
/// </summary>
/// <remarks>
/// <para>Driving it: when the server offers SASL-IR and <see cref="SupportsInitialResponse"/> is true, call
/// <see cref="GetInitialResponseAsync"/> once and send the result with the command (an empty array is sent as "=").
/// Otherwise do not call it: <see cref="RespondAsync"/> answers the server's first (empty) challenge with the
/// initial response itself. Answer every further challenge with <see cref="RespondAsync"/>. On the tagged OK call
/// <see cref="VerifySuccess"/>; on NO include <see cref="ServerError"/> in the failure.</para>
/// <para>Messages are raw bytes; base64 encoding belongs to the protocol layer. A mechanism aborts the exchange by
/// throwing <see cref="SaslException"/>; the caller then cancels the command (IMAP: a "*" line).</para>
/// </remarks>
public interface ISaslMechanism
{
    /// <summary>The registered mechanism name, upper case (e.g. "SCRAM-SHA-256").</summary>
    string Name { get; }

    /// <summary>True when the client speaks first, so an initial response can go with the command (SASL-IR).</summary>
    bool SupportsInitialResponse { get; }

    /// <summary>
    /// True when the exchange reveals a reusable secret to an eavesdropper (a password in the clear or a bearer
    /// token): use only under TLS.
    /// </summary>
    bool IsPlaintext { get; }

    /// <summary>
    /// True once the client has sent its last message and only the server's outcome is expected. A mechanism that may
    /// still have to answer a challenge (OAuth error documents, SCRAM server-final) stays false until then.
    /// </summary>
    bool IsComplete { get; }

    /// <summary>Error details the server sent inside the exchange (e.g. an OAuth JSON error), or null.</summary>
    string? ServerError { get; }

    /// <summary>Produces the initial response, or null when the mechanism has none.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The raw initial response, or null.</returns>
    ValueTask<byte[]?> GetInitialResponseAsync(CancellationToken cancellationToken);

    /// <summary>Answers one server challenge.</summary>
    /// <param name="challenge">The decoded challenge bytes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The raw response (may be empty).</returns>
    /// <exception cref="SaslException">The challenge is malformed or unexpected: abort the exchange.</exception>
    ValueTask<byte[]> RespondAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken);

    /// <summary>
    /// Called when the server reports success, with any additional data that came with it (empty in IMAP). Mechanisms
    /// with mutual authentication check here that the server proved itself.
    /// </summary>
    /// <param name="additionalData">Data sent with the success outcome, or empty.</param>
    /// <exception cref="SaslException">The server did not prove its identity: treat the connection as untrusted.</exception>
    void VerifySuccess(ReadOnlySpan<byte> additionalData);

    /// <summary>
    /// Whether the client message with this index (0 = the initial response or first response) carries a secret and
    /// must be redacted from protocol logs.
    /// </summary>
    /// <param name="clientMessageIndex">The zero-based index of the client message in this exchange.</param>
    /// <returns>True to redact it.</returns>
    bool IsSecret(int clientMessageIndex);
}
