using System.Text;
using Imap4.Testing;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>Shared helpers of the ImapClient tests against Dovecot.</summary>
internal static class ClientTestData
{
    public static readonly ImapClientOptions Options = new()
    {
        Connection = ImapConnectionOptions.Default with
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ReadTimeout = TimeSpan.FromSeconds(20),
        },
    };

    public static byte[] Message(string subject, string body = "Hello there.\r\n", string from = "alice@example.com")
    {
        string text = $"From: Alice <{from}>\r\nTo: bob@example.com\r\nSubject: {subject}\r\nMessage-ID: <{Guid.NewGuid():N}@example.com>\r\n" +
            $"Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n{body}";
        return Encoding.UTF8.GetBytes(text);
    }

    public static byte[] Multipart(string subject) => Encoding.ASCII.GetBytes(
        $"From: alice@example.com\r\nTo: bob@example.com\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
        "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nplain part\r\n" +
        "--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAwQ=\r\n" +
        "--b1--\r\n");

    public static string UniqueName(string prefix = "c") => prefix + Guid.NewGuid().ToString("N")[..10];

    public static async Task<ImapClient> LoginAsync(DovecotServer server, ImapClientOptions? options = null)
    {
        ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", server.Port, options ?? Options);
        await client.LoginAsync(DovecotServer.User, DovecotServer.Password);
        return client;
    }

    /// <summary>Creates a fresh folder holding the given messages and selects it.</summary>
    public static async Task<(string Folder, List<uint> Uids)> FolderWithAsync(ImapClient client, params byte[][] messages)
    {
        string folder = UniqueName();
        await client.CreateFolderAsync(folder);
        var uids = new List<uint>();
        foreach (byte[] m in messages) uids.Add((await client.AppendAsync(folder, m)).Uid!.Value);
        await client.SelectAsync(folder);
        return (folder, uids);
    }
}
