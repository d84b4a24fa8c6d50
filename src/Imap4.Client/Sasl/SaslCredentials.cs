namespace Imap4.Client.Sasl;

/// <summary>
/// What the client authenticates with: a user name and either a password or an OAuth 2.0 access token. The secret is
/// kept internal and never shown by <see cref="ToString"/>.
/// </summary>
public sealed class SaslCredentials
{
    private SaslCredentials(string userName, string? password, string? accessToken, string? authorizationId)
    {
        UserName = userName;
        Password = password;
        AccessToken = accessToken;
        AuthorizationId = authorizationId;
    }

    /// <summary>The user name (authentication identity).</summary>
    public string UserName { get; }

    /// <summary>The identity to act as (authzid), or null to act as <see cref="UserName"/>.</summary>
    public string? AuthorizationId { get; }

    /// <summary>True when a password is held (PLAIN, LOGIN, CRAM-MD5, SCRAM).</summary>
    public bool HasPassword => Password is not null;

    /// <summary>True when an access token is held (XOAUTH2, OAUTHBEARER).</summary>
    public bool HasAccessToken => AccessToken is not null;

    internal string? Password { get; }

    internal string? AccessToken { get; }

    /// <summary>Credentials with a password.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="authorizationId">The identity to act as, or null.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException">The user name is empty.</exception>
    public static SaslCredentials FromPassword(string userName, string password, string? authorizationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(password);
        return new SaslCredentials(userName, password, null, authorizationId);
    }

    /// <summary>Credentials with an OAuth 2.0 access token.</summary>
    /// <param name="userName">The account (usually the e-mail address).</param>
    /// <param name="accessToken">The access token.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException">A value is empty.</exception>
    public static SaslCredentials FromAccessToken(string userName, string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return new SaslCredentials(userName, null, accessToken, null);
    }

    /// <summary>The user name and the kind of secret, never the secret.</summary>
    /// <returns>A log-safe description.</returns>
    public override string ToString() =>
        "SaslCredentials(" + UserName + ", " + (HasPassword ? "password" : "access token") + ": <redacted>)";
}
