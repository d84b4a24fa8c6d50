namespace Imap4.Client.Sasl;

/// <summary>
/// Creates built-in mechanisms by name and chooses the best one the server offers ("AUTH=" capabilities).
/// </summary>
/// <remarks>
/// Default order with a password: SCRAM-SHA-256, SCRAM-SHA-1 (the password never crosses the wire and the server
/// proves itself), then PLAIN, LOGIN (password in the clear: only when <see cref="SaslSelectionOptions.AllowPlaintext"/>).
/// With an access token: OAUTHBEARER, then XOAUTH2 (bearer tokens: also only with AllowPlaintext). CRAM-MD5 is never
/// chosen by default (the server must keep the plaintext password and its response allows an offline dictionary
/// attack); name it in <see cref="SaslSelectionOptions.Mechanisms"/> to use it.
/// </remarks>
public static class SaslMechanismFactory
{
    /// <summary>The default preference with a password.</summary>
    public static IReadOnlyList<string> PasswordOrder { get; } =
        [SaslMechanismNames.ScramSha256, SaslMechanismNames.ScramSha1, SaslMechanismNames.Plain, SaslMechanismNames.Login];

    /// <summary>The default preference with an access token.</summary>
    public static IReadOnlyList<string> AccessTokenOrder { get; } =
        [SaslMechanismNames.OAuthBearer, SaslMechanismNames.XOAuth2];

    /// <summary>The mechanism names in "AUTH=" capabilities, upper case, in server order.</summary>
    /// <param name="capabilities">The capability atoms (e.g. "IMAP4rev2", "AUTH=PLAIN").</param>
    /// <returns>The names (e.g. "PLAIN").</returns>
    public static IReadOnlyList<string> MechanismsFromCapabilities(IEnumerable<string> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var names = new List<string>();
        foreach (string capability in capabilities)
        {
            if (capability.Length > 5 && capability.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(capability[5..].ToUpperInvariant());
            }
        }

        return names;
    }

    /// <summary>
    /// Chooses the most preferred mechanism that the server offers, the credentials can drive, and the options allow.
    /// </summary>
    /// <param name="serverMechanisms">The names the server offers (see <see cref="MechanismsFromCapabilities"/>).</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="options">Preferences, or null for the defaults (no plaintext mechanisms).</param>
    /// <returns>A new mechanism, or null when none fits.</returns>
    public static SaslMechanism? Select(IEnumerable<string> serverMechanisms, SaslCredentials credentials, SaslSelectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(serverMechanisms);
        ArgumentNullException.ThrowIfNull(credentials);
        options ??= new SaslSelectionOptions();
        var offered = new HashSet<string>(serverMechanisms, StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> order = options.Mechanisms ?? (credentials.HasPassword ? PasswordOrder : AccessTokenOrder);
        foreach (string name in order)
        {
            if (!offered.Contains(name) || !CanDrive(name, credentials))
            {
                continue;
            }

            SaslMechanism mechanism = Create(name, credentials, options);
            if (!mechanism.IsPlaintext || options.AllowPlaintext)
            {
                return mechanism;
            }
        }

        return null;
    }

    /// <summary>Creates a built-in mechanism by name.</summary>
    /// <param name="name">The mechanism name (case-insensitive).</param>
    /// <param name="credentials">The credentials; the mechanism must be able to use them.</param>
    /// <param name="options">Host and port for OAUTHBEARER, or null.</param>
    /// <returns>A new mechanism.</returns>
    /// <exception cref="NotSupportedException">The name is not a built-in mechanism.</exception>
    /// <exception cref="ArgumentException">The credentials do not suit the mechanism.</exception>
    public static SaslMechanism Create(string name, SaslCredentials credentials, SaslSelectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(credentials);
        string upper = name.ToUpperInvariant();
        if (!IsBuiltIn(upper))
        {
            throw new NotSupportedException("The SASL mechanism " + name + " is not built in; use SaslMechanism.Custom.");
        }

        if (!CanDrive(upper, credentials))
        {
            throw new ArgumentException("The credentials do not suit " + upper + ".", nameof(credentials));
        }

        return upper switch
        {
            SaslMechanismNames.XOAuth2 => new XOAuth2Mechanism(credentials.UserName, credentials.AccessToken!),
            SaslMechanismNames.OAuthBearer => new OAuthBearerMechanism(
                credentials.UserName, credentials.AccessToken!, options?.Host, options?.Port),
            _ => CreateWithPassword(upper, credentials.UserName, credentials.Password!, credentials.AuthorizationId),
        };
    }

    private static SaslMechanism CreateWithPassword(string name, string userName, string password, string? authorizationId) => name switch
    {
        SaslMechanismNames.ScramSha256 => new ScramSha256Mechanism(userName, password, authorizationId),
        SaslMechanismNames.ScramSha1 => new ScramSha1Mechanism(userName, password, authorizationId),
        SaslMechanismNames.Plain => new PlainMechanism(userName, password, authorizationId),
        SaslMechanismNames.Login => new LoginMechanism(userName, password),
        _ => new CramMd5Mechanism(userName, password),
    };

    private static bool IsBuiltIn(string name) => name is SaslMechanismNames.ScramSha256 or SaslMechanismNames.ScramSha1
        or SaslMechanismNames.Plain or SaslMechanismNames.Login or SaslMechanismNames.CramMd5
        or SaslMechanismNames.XOAuth2 or SaslMechanismNames.OAuthBearer;

    // LOGIN and CRAM-MD5 have no authzid field: with one set they would log in as the wrong identity.
    private static bool CanDrive(string name, SaslCredentials credentials) => name.ToUpperInvariant() switch
    {
        SaslMechanismNames.XOAuth2 or SaslMechanismNames.OAuthBearer => credentials.HasAccessToken,
        SaslMechanismNames.Login or SaslMechanismNames.CramMd5 => credentials.HasPassword && credentials.AuthorizationId is null,
        SaslMechanismNames.ScramSha256 or SaslMechanismNames.ScramSha1 or SaslMechanismNames.Plain => credentials.HasPassword,
        _ => false,
    };
}
