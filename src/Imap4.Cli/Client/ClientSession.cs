using Imap4.Client;

namespace Imap4.Cli.Client;

/// <summary>Opens a logged-in <see cref="ImapClient"/> for the mailbox commands.</summary>
internal static class ClientSession
{
    /// <summary>Resolves the settings (config file, prompts), connects and logs in; the commands that work on folders need a user.</summary>
    /// <param name="settings">The settings given as flags.</param>
    /// <param name="commandName">The command name, for the error message.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The client (UID commands).</returns>
    public static async Task<ImapClient> OpenAsync(ClientSettings settings, string commandName, CancellationToken cancellationToken)
    {
        ClientSettings resolved = await ClientSettingsResolver.ResolveAsync(settings, interactive: false, cancellationToken).ConfigureAwait(false);
        return await OpenResolvedAsync(resolved, commandName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Connects and logs in with settings already resolved by <see cref="ClientSettingsResolver"/>.</summary>
    /// <param name="settings">The resolved settings.</param>
    /// <param name="commandName">The command name, for the error message.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <param name="idleRenewal">How often IDLE is renewed (null for the library's default).</param>
    /// <returns>The client (UID commands).</returns>
    public static async Task<ImapClient> OpenResolvedAsync(ClientSettings settings, string commandName, CancellationToken cancellationToken, TimeSpan? idleRenewal = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.User is null) throw new ArgumentException($"{commandName} needs a user: -u NAME (or 'username' in the config file).");
        ImapConnection connection = await ClientConnector.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        var options = new ImapClientOptions { UseUid = true };
        return ImapClient.Create(connection, idleRenewal is { } renewal ? options with { IdleRenewalInterval = renewal } : options);
    }

    /// <summary>Logs out politely, ignoring a server that already went away.</summary>
    /// <param name="client">The client.</param>
    /// <param name="cancellationToken">Cancels logging out.</param>
    public static async Task CloseAsync(ImapClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.LogoutAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ImapException)
        {
            // The work is done; a failed LOGOUT does not change the outcome.
        }
    }
}
