namespace Imap4.Client.Sasl;

/// <summary>
/// Base class of the built-in mechanisms: enforces the order of calls, answers the first empty challenge with the
/// initial response when SASL-IR was not used, and rejects challenges after the exchange completed.
/// </summary>
public abstract class SaslMechanism : ISaslMechanism
{
    private bool started;

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract bool SupportsInitialResponse { get; }

    /// <inheritdoc />
    public abstract bool IsPlaintext { get; }

    /// <inheritdoc />
    public bool IsComplete { get; protected set; }

    /// <inheritdoc />
    public string? ServerError { get; protected set; }

    /// <summary>
    /// Wraps a caller-supplied mechanism (like imaplib's authobject): <paramref name="respond"/> receives each decoded
    /// challenge and returns the raw response. Every client message is treated as secret.
    /// </summary>
    /// <param name="name">The mechanism name sent in AUTHENTICATE (an atom).</param>
    /// <param name="respond">Answers one challenge; throw <see cref="SaslException"/> to abort.</param>
    /// <param name="initialResponse">Produces the initial response (client speaks first), or null for server-first.</param>
    /// <param name="isPlaintext">Whether the exchange reveals reusable secrets (default true: unknown means unsafe).</param>
    /// <returns>The mechanism.</returns>
    public static SaslMechanism Custom(
        string name,
        Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> respond,
        Func<CancellationToken, ValueTask<byte[]>>? initialResponse = null,
        bool isPlaintext = true) => new CustomMechanism(name, respond, initialResponse, isPlaintext);

    /// <summary>Wraps a synchronous caller-supplied mechanism: each challenge in, response out.</summary>
    /// <param name="name">The mechanism name sent in AUTHENTICATE (an atom).</param>
    /// <param name="respond">Answers one challenge; throw <see cref="SaslException"/> to abort.</param>
    /// <returns>The mechanism (server-first, plaintext, all messages secret).</returns>
    public static SaslMechanism Custom(string name, Func<byte[], byte[]> respond)
    {
        ArgumentNullException.ThrowIfNull(respond);
        return new CustomMechanism(
            name, (challenge, _) => ValueTask.FromResult(respond(challenge.ToArray())), null, isPlaintext: true);
    }

    /// <summary>
    /// What a protocol log shows for a client message: its base64 form, or a placeholder when the mechanism says it
    /// is secret.
    /// </summary>
    /// <param name="mechanism">The mechanism that produced the message.</param>
    /// <param name="clientMessageIndex">The zero-based index of the message in the exchange.</param>
    /// <param name="clientMessage">The raw message.</param>
    /// <returns>Text safe to log.</returns>
    public static string FormatForLog(ISaslMechanism mechanism, int clientMessageIndex, ReadOnlySpan<byte> clientMessage)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        if (mechanism.IsSecret(clientMessageIndex))
        {
            return "<redacted " + mechanism.Name + " message>";
        }

        return clientMessage.IsEmpty ? "=" : Convert.ToBase64String(clientMessage);
    }

    /// <inheritdoc />
    public ValueTask<byte[]?> GetInitialResponseAsync(CancellationToken cancellationToken)
    {
        if (started)
        {
            throw new InvalidOperationException("The SASL exchange has already started.");
        }

        started = true;
        cancellationToken.ThrowIfCancellationRequested();
        return SupportsInitialResponse ? CreateInitialResponseAsync(cancellationToken) : default;
    }

    /// <inheritdoc />
    public async ValueTask<byte[]> RespondAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!started)
        {
            started = true;
            if (SupportsInitialResponse)
            {
                // No SASL-IR: the server's first challenge must be empty and asks for the initial response.
                if (!challenge.IsEmpty)
                {
                    throw new SaslException(Name + ": the server sent a non-empty first challenge to a client-first mechanism.");
                }

                return await CreateInitialResponseAsync(cancellationToken).ConfigureAwait(false) ?? [];
            }
        }

        if (IsComplete)
        {
            throw ChallengeAfterCompletion();
        }

        return await EvaluateChallengeAsync(challenge, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual void VerifySuccess(ReadOnlySpan<byte> additionalData)
    {
        if (!additionalData.IsEmpty)
        {
            throw new SaslException(Name + ": the server sent unexpected data with its success outcome.");
        }
    }

    /// <inheritdoc />
    public virtual bool IsSecret(int clientMessageIndex) => true;

    /// <summary>The mechanism name only: never credentials.</summary>
    /// <returns>"SASL " and the name.</returns>
    public override string ToString() => "SASL " + Name;

    /// <summary>Produces the initial response of a client-first mechanism.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The raw initial response.</returns>
    protected virtual ValueTask<byte[]?> CreateInitialResponseAsync(CancellationToken cancellationToken) => default;

    /// <summary>Answers a challenge after the start of the exchange, before completion.</summary>
    /// <param name="challenge">The decoded challenge.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The raw response.</returns>
    protected abstract ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken);

    /// <summary>The exception for a challenge that arrives after the client's last message.</summary>
    /// <returns>The exception, carrying <see cref="ServerError"/>.</returns>
    private protected virtual SaslException ChallengeAfterCompletion() =>
        new(Name + ": the server sent a challenge after the exchange was complete.", ServerError);

    /// <summary>Checks that a caller's value is usable in a mechanism: not null, no NUL (which would split fields).</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name for the exception.</param>
    /// <param name="allowEmpty">Whether an empty value is allowed.</param>
    private protected static void RequireNoNul(string value, string paramName, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!allowEmpty && value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", paramName);
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The value must not contain NUL.", paramName);
        }
    }

    /// <summary>Checks that a mechanism name is a SASL name (RFC 4422: 1-20 of A-Z, 0-9, '-', '_').</summary>
    /// <param name="name">The name.</param>
    private protected static void RequireMechanismName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 20)
        {
            throw new ArgumentException("A SASL mechanism name has 1 to 20 characters.", nameof(name));
        }

        foreach (char c in name)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
            {
                throw new ArgumentException("A SASL mechanism name uses only A-Z, 0-9, '-' and '_'.", nameof(name));
            }
        }
    }
}
