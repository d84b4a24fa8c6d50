using Imap4.Cli.Config;
using Imap4.Cli.Users;
using Imap4.Client;
using Imap4.Client.Sasl;

namespace Imap4.Cli.Client;

/// <summary>Opens a connection for a client command and logs in when a user is given.</summary>
internal static class ClientConnector
{
    /// <summary>The environment variable read when no password option is given.</summary>
    public const string PasswordVariable = "IMAP4_PASSWORD";

    /// <summary>The connect timeout when none is configured.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Connects (and logs in when <see cref="ClientSettings.User"/> is set), with settings already resolved by
    /// <see cref="ClientSettingsResolver"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connection.</returns>
    public static async Task<ImapConnection> ConnectAsync(ClientSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new ImapConnectionOptions
        {
            SecurityMode = settings.Tls ? ImapSecurityMode.ImplicitTls : settings.StartTls ? ImapSecurityMode.StartTls : ImapSecurityMode.None,
            DangerousAcceptAnyServerCertificate = settings.Insecure,
            CaFile = settings.CaFile,
            ConnectTimeout = settings.Timeout ?? DefaultConnectTimeout,
            ReadTimeout = settings.Timeout ?? ImapConnectionOptions.Default.ReadTimeout,
        };
        ImapConnection connection = await ImapConnection.ConnectAsync(settings.EffectiveHost, settings.EffectivePort, options, cancellationToken).ConfigureAwait(false);
        try
        {
            if (settings.User is { } user) await LoginAsync(connection, settings, user, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task LoginAsync(ImapConnection connection, ClientSettings settings, string user, CancellationToken cancellationToken)
    {
        if (settings.OAuth2)
        {
            string token = await OAuth2TokenClient.GetAccessTokenAsync(settings.OAuth2TokenUrl ?? OAuth2TokenClient.GoogleTokenUrl,
                settings.OAuth2ClientId!, settings.OAuth2ClientSecret ?? "", settings.OAuth2RefreshToken!, cancellationToken).ConfigureAwait(false);
            await connection.AuthenticateAsync(new XOAuth2Mechanism(user, token), cancellationToken).ConfigureAwait(false);
            return;
        }
        string password = settings.Password ?? Environment.GetEnvironmentVariable(PasswordVariable)
            ?? await PromptAsync(settings, user, cancellationToken).ConfigureAwait(false);
        await connection.LoginAsync(user, password, cancellationToken).ConfigureAwait(false);
    }

    private static Task<string> PromptAsync(ClientSettings settings, string user, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected && !settings.PasswordFromRedirectedInput)
            throw new InvalidOperationException($"No password for {user}: give -P, 'password' in the config file, or ${PasswordVariable}; standard input is not a terminal to ask on.");
        return PasswordPrompt.ReadOnceAsync($"Password for {user}@{settings.EffectiveHost}: ", cancellationToken);
    }
}
