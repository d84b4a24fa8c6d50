using Imap4.Client.Sasl;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// Connects to a server: implicit TLS on port 993, elsewhere STARTTLS when the server offers it (see
    /// <see cref="ImapConnectionOptions.SecurityMode"/>), then reads the greeting.
    /// </summary>
    /// <param name="host">The host name or address (also the name the certificate must match).</param>
    /// <param name="port">The port; 993 (IMAPS) by default.</param>
    /// <param name="options">Settings; null for <see cref="ImapClientOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected, not yet authenticated client.</returns>
    /// <exception cref="ImapConnectionException">Connecting failed, timed out or the server said BYE.</exception>
    /// <exception cref="ImapSecurityException">The certificate was refused, or STARTTLS was required and not offered.</exception>
    public static async Task<ImapClient> ConnectAsync(string host, int port = ImapConnection.ImapsPort, ImapClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImapClientOptions.Default;
        ImapConnection connection = await ImapConnection.ConnectAsync(host, port, options.Connection, cancellationToken).ConfigureAwait(false);
        return new ImapClient(connection, options);
    }

    /// <summary>Runs IMAP over a stream the caller opened (see <see cref="ImapConnection.ConnectAsync(Stream, ImapConnectionOptions?, CancellationToken)"/>).</summary>
    /// <param name="stream">A readable and writable stream; disposed with the client.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected client.</returns>
    public static async Task<ImapClient> ConnectAsync(Stream stream, ImapClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImapClientOptions.Default;
        ImapConnection connection = await ImapConnection.ConnectAsync(stream, options.Connection, cancellationToken).ConfigureAwait(false);
        return new ImapClient(connection, options);
    }

    /// <summary>
    /// LOGIN with a user name and password (quoted, or literals when needed). Refused before sending when the server
    /// announces LOGINDISABLED, or when the connection is neither encrypted nor local and plaintext is not allowed.
    /// </summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The server's text of the OK response.</returns>
    /// <exception cref="ImapSecurityException">LOGIN would be unsafe or the server disabled it.</exception>
    /// <exception cref="ImapCommandException">The credentials were refused (e.g. <c>[AUTHENTICATIONFAILED]</c>).</exception>
    public async Task<string> LoginAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        ImapCommandResult result = await Connection.LoginAsync(userName, password, cancellationToken).ConfigureAwait(false);
        return result.Status.Text;
    }

    /// <summary>
    /// AUTHENTICATE with the best built-in SASL mechanism the server offers (AUTH= capabilities) for these credentials:
    /// SCRAM-SHA-256, SCRAM-SHA-1, then PLAIN and LOGIN (when clear text is acceptable on this connection); with an
    /// access token OAUTHBEARER, then XOAUTH2.
    /// </summary>
    /// <param name="credentials">A password or an access token.</param>
    /// <param name="selection">Mechanism preferences; null to choose as described, allowing plaintext mechanisms only
    /// when the connection is encrypted, local, or <see cref="ImapConnectionOptions.AllowPlaintextAuthentication"/> is set.</param>
    /// <param name="cancellationToken">Cancels authentication.</param>
    /// <returns>The server's text of the OK response.</returns>
    /// <exception cref="ImapSecurityException">Only plaintext mechanisms fit, and clear text is not acceptable here;
    /// or the server failed to prove its identity.</exception>
    /// <exception cref="NotSupportedException">No offered mechanism fits the credentials.</exception>
    /// <exception cref="ImapCommandException">Authentication failed.</exception>
    public Task<string> AuthenticateAsync(SaslCredentials credentials, SaslSelectionOptions? selection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var offered = new List<string>();
        foreach (Capability c in Capabilities)
            if (c.AuthMechanism is { } m) offered.Add(m.ToUpperInvariant());
        selection ??= new SaslSelectionOptions { AllowPlaintext = Connection.AllowsPlaintextCredentials, Host = Connection.HostName };
        SaslMechanism? mechanism = SaslMechanismFactory.Select(offered, credentials, selection);
        if (mechanism is null)
        {
            var permissive = new SaslSelectionOptions { AllowPlaintext = true, Mechanisms = selection.Mechanisms };
            string list = offered.Count == 0 ? "none" : string.Join(' ', offered);
            if (SaslMechanismFactory.Select(offered, credentials, permissive) is not null)
                throw new ImapSecurityException(
                    $"The only SASL mechanisms that fit (server offers: {list}) reveal the secret in clear text on an unencrypted connection. Use TLS, or allow plaintext.");
            throw new NotSupportedException($"No SASL mechanism offered by the server ({list}) fits these credentials.");
        }
        return AuthenticateAsync(mechanism, cancellationToken);
    }

    /// <summary>AUTHENTICATE with a mechanism the caller chose or wrote (SASL-IR when offered; the server's proof is checked).</summary>
    /// <param name="mechanism">A fresh mechanism.</param>
    /// <param name="cancellationToken">Cancels authentication.</param>
    /// <returns>The server's text of the OK response.</returns>
    /// <exception cref="ImapCommandException">Authentication failed.</exception>
    /// <exception cref="SaslException">The mechanism aborted the exchange.</exception>
    public async Task<string> AuthenticateAsync(ISaslMechanism mechanism, CancellationToken cancellationToken = default)
    {
        ImapCommandResult result = await Connection.AuthenticateAsync(mechanism, cancellationToken).ConfigureAwait(false);
        return result.Status.Text;
    }

    /// <summary>
    /// OAuth 2.0 login with an access token: OAUTHBEARER (RFC 7628) when offered, else XOAUTH2 (Gmail, Outlook).
    /// </summary>
    /// <param name="userName">The account, usually the e-mail address.</param>
    /// <param name="accessToken">The access token.</param>
    /// <param name="cancellationToken">Cancels authentication.</param>
    /// <returns>The server's text of the OK response.</returns>
    /// <exception cref="ImapCommandException">The token was refused; the server's JSON error, if any, is in
    /// <see cref="Exception.Data"/> under "SaslServerError".</exception>
    public Task<string> OAuth2LoginAsync(string userName, string accessToken, CancellationToken cancellationToken = default) =>
        AuthenticateAsync(SaslCredentials.FromAccessToken(userName, accessToken), null, cancellationToken);

    /// <summary>LOGOUT: the server says BYE and closes the connection.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The server's text of the OK response.</returns>
    public async Task<string> LogoutAsync(CancellationToken cancellationToken = default)
    {
        ImapCommandResult result = await Connection.LogoutAsync(cancellationToken).ConfigureAwait(false);
        _selected = null;
        return result.Status.Text;
    }

    /// <summary>Asks the server for its capabilities again.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The capabilities.</returns>
    public Task<IReadOnlyList<Capability>> RefreshCapabilitiesAsync(CancellationToken cancellationToken = default) =>
        Connection.CapabilityAsync(cancellationToken);
}
