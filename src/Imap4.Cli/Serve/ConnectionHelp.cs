using System.Net;
using Imap4.Server;

namespace Imap4.Cli.Serve;

/// <summary>Prints where the server listens and how to connect to it (imap4 shell, Thunderbird).</summary>
internal static class ConnectionHelp
{
    /// <summary>Writes the help.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="endpoints">The configured endpoints.</param>
    /// <param name="bound">The bound addresses, in the order of <paramref name="endpoints"/>.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="demoPassword">The demo password when just created, else null.</param>
    /// <param name="certificateFile">The certificate clients may trust (the development one), or null.</param>
    /// <returns>A task that completes when written.</returns>
    public static async Task WriteAsync(TextWriter output, IList<ImapEndpoint> endpoints, IReadOnlyList<IPEndPoint> bound, ServeSettings settings,
        string? demoPassword, string? certificateFile)
    {
        var text = new List<string> { $"imap4 serve: {settings.Store.ToString().ToLowerInvariant()} store in {Path.GetFullPath(settings.DataDirectory)}" };
        IPEndPoint? plain = null, tls = null;
        for (int i = 0; i < bound.Count; i++)
        {
            bool isTls = endpoints[i].Security == ImapEndpointSecurity.ImplicitTls;
            if (isTls) tls ??= bound[i];
            else plain ??= bound[i];
            text.Add(isTls ? $"  imaps {bound[i]}  implicit TLS" : $"  imap  {bound[i]}  plain, STARTTLS");
        }
        if (demoPassword is not null)
        {
            text.Add($"Demo account created: user '{DemoAccount.UserName}', password '{demoPassword}' (shown only now; change it with 'imap4 user passwd {DemoAccount.UserName}').");
        }
        text.Add($"Users: imap4 user add NAME --data {Path.GetFullPath(settings.DataDirectory)}   (works while the server runs)");
        if (plain is not null)
        {
            text.Add($"Try:   imap4 shell -H {Host(plain)} -p {plain.Port} -u {DemoAccount.UserName}");
            text.Add($"       imap4 folders -H {Host(plain)} -p {plain.Port} -u {DemoAccount.UserName}");
            text.Add($"       imap4 raw -H {Host(plain)} -p {plain.Port} -u {DemoAccount.UserName} \"SELECT INBOX\" \"FETCH 1:* (FLAGS ENVELOPE)\"");
        }
        if (tls is not null)
        {
            string trust = certificateFile is null ? "" : $" --cafile {certificateFile}";
            text.Add($"       imap4 shell -H {Host(tls)} -p {tls.Port} -s -u {DemoAccount.UserName}{trust}");
            text.Add($"Thunderbird: server {Host(tls)}, port {tls.Port}, connection security SSL/TLS, authentication normal password, user name {DemoAccount.UserName}" +
                (certificateFile is null ? "." : $"; accept the self-signed certificate ({certificateFile}) when asked."));
        }
        else if (plain is not null)
        {
            text.Add($"Thunderbird: server {Host(plain)}, port {plain.Port}, connection security STARTTLS, authentication normal password, user name {DemoAccount.UserName}.");
        }
        text.Add("Press Ctrl+C to stop.");
        foreach (string line in text) await output.WriteLineAsync(line).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    // A wildcard address is no place to connect to; the local host is.
    private static string Host(IPEndPoint endPoint) =>
        endPoint.Address.Equals(IPAddress.Any) || endPoint.Address.Equals(IPAddress.IPv6Any) || IPAddress.IsLoopback(endPoint.Address) ? "localhost" : endPoint.Address.ToString();
}
