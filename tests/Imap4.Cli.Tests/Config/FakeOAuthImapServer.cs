using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Imap4.Cli.Tests.Config;

/// <summary>
/// A scripted IMAP server offering only AUTH=XOAUTH2 (our server has no OAuth): it records the SASL initial response,
/// accepts it when it carries the expected bearer token, and answers LIST with INBOX.
/// </summary>
internal sealed class FakeOAuthImapServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serve;
    private readonly string _expectedToken;

    public FakeOAuthImapServer(string expectedToken)
    {
        _expectedToken = expectedToken;
        _listener.Start();
        _serve = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The decoded XOAUTH2 initial response of the last AUTHENTICATE.</summary>
    public string? LastXOAuth2 { get; private set; }

    private async Task ServeAsync()
    {
        try
        {
            using TcpClient socket = await _listener.AcceptTcpClientAsync();
            using NetworkStream stream = socket.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            const string capabilities = "IMAP4rev1 SASL-IR AUTH=XOAUTH2 LOGINDISABLED";
            await writer.WriteLineAsync($"* OK [CAPABILITY {capabilities}] fake ready");
            while (await reader.ReadLineAsync() is { } line)
            {
                string[] words = line.Split(' ');
                string tag = words[0];
                string verb = words.Length > 1 ? words[1].ToUpperInvariant() : "";
                if (verb == "CAPABILITY") await writer.WriteLineAsync($"* CAPABILITY {capabilities}\r\n{tag} OK done");
                else if (verb == "AUTHENTICATE") await writer.WriteLineAsync(Authenticate(tag, words));
                else if (verb == "LIST") await writer.WriteLineAsync($"* LIST () \"/\" INBOX\r\n{tag} OK LIST done");
                else if (verb == "LOGOUT")
                {
                    await writer.WriteLineAsync($"* BYE bye\r\n{tag} OK LOGOUT done");
                    return;
                }
                else await writer.WriteLineAsync($"{tag} OK {verb} done");
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The test is over.
        }
    }

    private string Authenticate(string tag, string[] words)
    {
        LastXOAuth2 = words.Length > 3 ? Encoding.UTF8.GetString(Convert.FromBase64String(words[3])) : null;
        return LastXOAuth2 is { } text && text.Contains($"auth=Bearer {_expectedToken}\u0001", StringComparison.Ordinal)
            ? $"{tag} OK [CAPABILITY IMAP4rev1] authenticated"
            : $"{tag} NO [AUTHENTICATIONFAILED] bad token";
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serve.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
