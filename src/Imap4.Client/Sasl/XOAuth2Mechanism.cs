using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>
/// XOAUTH2 (Google, Microsoft): one client message "user={user}^Aauth=Bearer {token}^A^A". On failure the server
/// sends a base64 JSON error as a challenge; the client answers with an empty message, as the protocol requires, keeps
/// the JSON in <see cref="SaslMechanism.ServerError"/> and the server then completes with NO. Carries a bearer token:
/// use only under TLS.
/// </summary>
public sealed class XOAuth2Mechanism : SaslMechanism
{
    private readonly string userName;
    private readonly string accessToken;

    /// <summary>Creates the mechanism.</summary>
    /// <param name="userName">The account (usually the e-mail address).</param>
    /// <param name="accessToken">The OAuth 2.0 access token.</param>
    /// <exception cref="ArgumentException">A value is empty or contains a control character.</exception>
    public XOAuth2Mechanism(string userName, string accessToken)
    {
        OAuthBearerMechanism.RequireNoControl(userName, nameof(userName));
        OAuthBearerMechanism.RequireNoControl(accessToken, nameof(accessToken));
        this.userName = userName;
        this.accessToken = accessToken;
    }

    /// <inheritdoc />
    public override string Name => SaslMechanismNames.XOAuth2;

    /// <inheritdoc />
    public override bool SupportsInitialResponse => true;

    /// <inheritdoc />
    public override bool IsPlaintext => true;

    /// <summary>The token message (index 0) is secret; the empty answer to an error is not.</summary>
    /// <param name="clientMessageIndex">The message index.</param>
    /// <returns>True for index 0.</returns>
    public override bool IsSecret(int clientMessageIndex) => clientMessageIndex == 0;

    /// <inheritdoc />
    private protected override SaslException ChallengeAfterCompletion() => OAuthError.Failure(Name, ServerError ?? string.Empty);

    /// <inheritdoc />
    protected override ValueTask<byte[]?> CreateInitialResponseAsync(CancellationToken cancellationToken)
    {
        string message = "user=" + userName + "\u0001auth=Bearer " + accessToken + "\u0001\u0001";
        return ValueTask.FromResult<byte[]?>(Encoding.UTF8.GetBytes(message));
    }

    /// <inheritdoc />
    protected override ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
    {
        // Any challenge after the token is the error document; an empty answer lets the server finish with NO.
        ServerError = OAuthError.Text(challenge.Span);
        IsComplete = true;
        return ValueTask.FromResult(Array.Empty<byte>());
    }
}
