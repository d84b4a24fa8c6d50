namespace Imap4.Client.Sasl;

/// <summary>The parsed server-first-message of SCRAM (RFC 5802 section 7): "r=nonce,s=salt,i=count[,ext]".</summary>
/// <param name="Nonce">The combined nonce (client nonce followed by the server's part).</param>
/// <param name="Salt">The decoded salt.</param>
/// <param name="Iterations">The PBKDF2 iteration count.</param>
internal sealed record ScramServerFirst(string Nonce, byte[] Salt, int Iterations)
{
    /// <summary>Parses and checks a server-first-message.</summary>
    /// <param name="mechanism">The mechanism name, for messages.</param>
    /// <param name="message">The message text.</param>
    /// <param name="clientNonce">The nonce the client sent, which the server's nonce must extend.</param>
    /// <returns>The parsed message.</returns>
    /// <exception cref="SaslException">The message is malformed or unacceptable.</exception>
    public static ScramServerFirst Parse(string mechanism, string message, string clientNonce)
    {
        string[] parts = message.Split(',');
        if (parts.Length > 0 && parts[0].StartsWith("m=", StringComparison.Ordinal))
        {
            throw new SaslException(mechanism + ": the server requires an unsupported mandatory extension.");
        }

        if (parts.Length < 3)
        {
            throw new SaslException(mechanism + ": the server-first message lacks r=, s= or i=.");
        }

        string nonce = ScramMessage.Value(mechanism, parts[0], 'r');
        string saltText = ScramMessage.Value(mechanism, parts[1], 's');
        string countText = ScramMessage.Value(mechanism, parts[2], 'i');
        if (nonce.Length <= clientNonce.Length || !nonce.StartsWith(clientNonce, StringComparison.Ordinal)
            || !ScramMessage.IsPrintable(nonce))
        {
            throw new SaslException(mechanism + ": the server nonce does not extend the client nonce.");
        }

        return new ScramServerFirst(nonce, DecodeSalt(mechanism, saltText), ParseIterations(mechanism, countText));
    }

    private static byte[] DecodeSalt(string mechanism, string text)
    {
        byte[]? salt = ScramMessage.DecodeBase64(text);
        if (salt is null || salt.Length == 0)
        {
            throw new SaslException(mechanism + ": the server salt is not valid base64.");
        }

        return salt;
    }

    private static int ParseIterations(string mechanism, string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9' || count > ScramMechanism.MaxIterations)
            {
                throw new SaslException(mechanism + ": the iteration count is not a number within limits.");
            }

            count = (count * 10) + (c - '0');
        }

        if (text.Length == 0 || count is < 1 or > ScramMechanism.MaxIterations)
        {
            throw new SaslException(mechanism + ": the iteration count " + text + " is not within 1.." + ScramMechanism.MaxIterations + ".");
        }

        return count;
    }
}
