using Imap4.Client.Sasl;
using System.Text;

namespace Imap4.Client.Tests.Sasl;

internal static class SaslTestHelpers
{
    public static string Text(byte[]? bytes) => bytes is null ? "<null>" : Encoding.UTF8.GetString(bytes);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static string Initial(ISaslMechanism mechanism) =>
        Text(mechanism.GetInitialResponseAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult());

    public static string Respond(ISaslMechanism mechanism, string challenge) =>
        Text(mechanism.RespondAsync(Bytes(challenge), CancellationToken.None).AsTask().GetAwaiter().GetResult());

    public static byte[] RespondBytes(ISaslMechanism mechanism, byte[] challenge) =>
        mechanism.RespondAsync(challenge, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
