using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>
/// PLAIN (RFC 4616): one client message "authzid NUL authcid NUL passwd" in UTF-8. Sends the password in the clear:
/// use only under TLS. The server, not the client, applies SASLprep.
/// </summary>
public sealed class PlainMechanism : SaslMechanism
{
    private readonly string userName;
    private readonly string password;
    private readonly string? authorizationId;

    /// <summary>Creates the mechanism.</summary>
    /// <param name="userName">The authentication identity (authcid).</param>
    /// <param name="password">The password.</param>
    /// <param name="authorizationId">The identity to act as (authzid), or null to act as <paramref name="userName"/>.</param>
    /// <exception cref="ArgumentException">A value is empty (authzid aside) or contains NUL.</exception>
    public PlainMechanism(string userName, string password, string? authorizationId = null)
    {
        RequireNoNul(userName, nameof(userName));
        RequireNoNul(password, nameof(password));
        if (authorizationId is not null)
        {
            RequireNoNul(authorizationId, nameof(authorizationId), allowEmpty: true);
        }

        this.userName = userName;
        this.password = password;
        this.authorizationId = authorizationId;
    }

    /// <inheritdoc />
    public override string Name => SaslMechanismNames.Plain;

    /// <inheritdoc />
    public override bool SupportsInitialResponse => true;

    /// <inheritdoc />
    public override bool IsPlaintext => true;

    /// <inheritdoc />
    protected override ValueTask<byte[]?> CreateInitialResponseAsync(CancellationToken cancellationToken)
    {
        IsComplete = true;
        string message = (authorizationId ?? string.Empty) + "\0" + userName + "\0" + password;
        return ValueTask.FromResult<byte[]?>(Encoding.UTF8.GetBytes(message));
    }

    /// <inheritdoc />
    protected override ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken) =>
        throw new SaslException("PLAIN: the server sent a challenge after the credentials.");
}
