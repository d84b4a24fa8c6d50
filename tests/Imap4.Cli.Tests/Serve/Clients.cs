using Imap4.Client;

namespace Imap4.Cli.Tests.Serve;

/// <summary>Client connections to a running serve.</summary>
internal static class Clients
{
    public static Task<ImapConnection> PlainAsync(int port) =>
        ImapConnection.ConnectAsync("127.0.0.1", port, new ImapConnectionOptions { SecurityMode = ImapSecurityMode.None, ConnectTimeout = TimeSpan.FromSeconds(10) });

    public static Task<ImapConnection> TlsAsync(int port, string caFile) =>
        ImapConnection.ConnectAsync("127.0.0.1", port, new ImapConnectionOptions { SecurityMode = ImapSecurityMode.ImplicitTls, CaFile = caFile, ConnectTimeout = TimeSpan.FromSeconds(10) });

    /// <summary>True when LOGIN succeeds, false when the server refuses the credentials.</summary>
    public static async Task<bool> CanLoginAsync(int port, string user, string password)
    {
        await using ImapConnection connection = await PlainAsync(port);
        try
        {
            return (await connection.LoginAsync(user, password)).IsOk;
        }
        catch (ImapCommandException)
        {
            return false;
        }
    }
}
