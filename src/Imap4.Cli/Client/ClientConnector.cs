using Imap4.Cli.Users;
using Imap4.Client;

namespace Imap4.Cli.Client;

/// <summary>Opens a connection for a client command and logs in when a user is given.</summary>
internal static class ClientConnector
{
    /// <summary>The environment variable read when no password option is given.</summary>
    public const string PasswordVariable = "IMAP4_PASSWORD";

    /// <summary>Connects (and logs in when <see cref="ClientSettings.User"/> is set).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connection.</returns>
    public static async Task<ImapConnection> ConnectAsync(ClientSettings settings, CancellationToken cancellationToken)
    {
        var options = new ImapConnectionOptions
        {
            SecurityMode = settings.Tls ? ImapSecurityMode.ImplicitTls : settings.StartTls ? ImapSecurityMode.StartTls : ImapSecurityMode.None,
            DangerousAcceptAnyServerCertificate = settings.Insecure,
            CaFile = settings.CaFile,
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };
        ImapConnection connection = await ImapConnection.ConnectAsync(settings.Host, settings.EffectivePort, options, cancellationToken).ConfigureAwait(false);
        try
        {
            if (settings.User is { } user)
            {
                string password = settings.Password ?? Environment.GetEnvironmentVariable(PasswordVariable)
                    ?? await PasswordPrompt.ReadOnceAsync($"Password for {user}@{settings.Host}: ", cancellationToken).ConfigureAwait(false);
                await connection.LoginAsync(user, password, cancellationToken).ConfigureAwait(false);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
