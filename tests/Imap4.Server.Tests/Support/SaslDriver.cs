using Imap4.Client.Sasl;

namespace Imap4.Server.Tests.Support;

/// <summary>Drives AUTHENTICATE from the client side with the client library's SASL mechanisms.</summary>
internal static class SaslDriver
{
    public static async Task<string> AuthenticateAsync(TestClient client, string tag, ISaslMechanism mechanism, bool initialResponse)
    {
        string command = $"{tag} AUTHENTICATE {mechanism.Name}";
        if (initialResponse && mechanism.SupportsInitialResponse)
        {
            byte[] ir = await mechanism.GetInitialResponseAsync(CancellationToken.None) ?? [];
            command += " " + (ir.Length == 0 ? "=" : Convert.ToBase64String(ir));
        }
        await client.SendAsync(command + "\r\n");
        while (true)
        {
            string line = await client.ReadLineAsync();
            if (line.StartsWith('+'))
            {
                byte[] challenge = Convert.FromBase64String(line.Length > 2 ? line[2..] : "");
                byte[] response = await mechanism.RespondAsync(challenge, CancellationToken.None);
                await client.SendAsync(Convert.ToBase64String(response) + "\r\n");
                continue;
            }
            if (!line.StartsWith(tag + " ", StringComparison.Ordinal)) continue;
            if (line.StartsWith(tag + " OK", StringComparison.Ordinal)) mechanism.VerifySuccess([]);
            return line;
        }
    }
}
