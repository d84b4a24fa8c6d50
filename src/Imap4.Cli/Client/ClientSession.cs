using Imap4.Client;

namespace Imap4.Cli.Client;

/// <summary>Opens a logged-in <see cref="ImapClient"/> for the mailbox commands.</summary>
internal static class ClientSession
{
    /// <summary>Connects and logs in; the commands that work on folders need a user.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="commandName">The command name, for the error message.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The client (UID commands).</returns>
    public static async Task<ImapClient> OpenAsync(ClientSettings settings, string commandName, CancellationToken cancellationToken)
    {
        if (settings.User is null) throw new ArgumentException($"{commandName} needs a user: -u NAME.");
        ImapConnection connection = await ClientConnector.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        return ImapClient.Create(connection, new ImapClientOptions { UseUid = true });
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
