using System.Globalization;
using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>
/// OAUTHBEARER (RFC 7628): one client message "gs2-header ^A [host=..^A] [port=..^A] auth=Bearer token ^A^A". On
/// failure the server sends a JSON error as a challenge; the client answers with a single ^A (section 3.2.3), keeps
/// the JSON in <see cref="SaslMechanism.ServerError"/> and the server completes with NO. Carries a bearer token: use
/// only under TLS.
/// </summary>
public sealed class OAuthBearerMechanism : SaslMechanism
{
    private readonly string? userName;
    private readonly string accessToken;
    private readonly string? host;
    private readonly int? port;

    /// <summary>Creates the mechanism.</summary>
    /// <param name="userName">The authorization identity for the gs2 header ("a="), or null to leave it out.</param>
    /// <param name="accessToken">The OAuth 2.0 bearer token.</param>
    /// <param name="host">The server host name, or null to leave it out.</param>
    /// <param name="port">The server port, or null to leave it out.</param>
    /// <exception cref="ArgumentException">A value is empty or contains a control character.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 1..65535.</exception>
    public OAuthBearerMechanism(string? userName, string accessToken, string? host = null, int? port = null)
    {
        if (userName is not null)
        {
            RequireNoControl(userName, nameof(userName));
        }

        RequireNoControl(accessToken, nameof(accessToken));
        if (host is not null)
        {
            RequireNoControl(host, nameof(host));
        }

        if (port is not null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(port.Value, 1, nameof(port));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port.Value, 65535, nameof(port));
        }

        this.userName = userName;
        this.accessToken = accessToken;
        this.host = host;
        this.port = port;
    }

    /// <inheritdoc />
    public override string Name => SaslMechanismNames.OAuthBearer;

    /// <inheritdoc />
    public override bool SupportsInitialResponse => true;

    /// <inheritdoc />
    public override bool IsPlaintext => true;

    /// <summary>The token message (index 0) is secret; the ^A answer to an error is not.</summary>
    /// <param name="clientMessageIndex">The message index.</param>
    /// <returns>True for index 0.</returns>
    public override bool IsSecret(int clientMessageIndex) => clientMessageIndex == 0;

    /// <summary>Rejects empty values and control characters, which would break the ^A-separated fields.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name.</param>
    internal static void RequireNoControl(string value, string paramName)
    {
        RequireNoNul(value, paramName);
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("The value must not contain control characters.", paramName);
            }
        }
    }

    /// <inheritdoc />
    private protected override SaslException ChallengeAfterCompletion() => OAuthError.Failure(Name, ServerError ?? string.Empty);

    /// <inheritdoc />
    protected override ValueTask<byte[]?> CreateInitialResponseAsync(CancellationToken cancellationToken)
    {
        var message = new StringBuilder();
        message.Append(userName is null ? "n,," : "n,a=" + ScramMechanism.EscapeName(userName) + ",").Append('\u0001');
        if (host is not null)
        {
            message.Append("host=").Append(host).Append('\u0001');
        }

        if (port is not null)
        {
            message.Append("port=").Append(port.Value.ToString(CultureInfo.InvariantCulture)).Append('\u0001');
        }

        message.Append("auth=Bearer ").Append(accessToken).Append("\u0001\u0001");
        return ValueTask.FromResult<byte[]?>(Encoding.UTF8.GetBytes(message.ToString()));
    }

    /// <inheritdoc />
    protected override ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
    {
        ServerError = OAuthError.Text(challenge.Span);
        IsComplete = true;
        return ValueTask.FromResult(new byte[] { 0x01 });
    }
}
