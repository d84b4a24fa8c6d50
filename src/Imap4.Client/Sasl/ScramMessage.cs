using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>Small parsing helpers for SCRAM server messages.</summary>
internal static class ScramMessage
{
    /// <summary>Decodes a server message, which must be printable ASCII (RFC 5802 values are).</summary>
    /// <param name="mechanism">The mechanism name, for messages.</param>
    /// <param name="bytes">The message bytes.</param>
    /// <returns>The text.</returns>
    public static string DecodeAscii(string mechanism, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                throw new SaslException(mechanism + ": the server message contains a byte that is not printable ASCII.");
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }

    /// <summary>The value of "k=value", checking the attribute letter.</summary>
    /// <param name="mechanism">The mechanism name, for messages.</param>
    /// <param name="attribute">The attribute text.</param>
    /// <param name="key">The expected letter.</param>
    /// <returns>The value.</returns>
    public static string Value(string mechanism, string attribute, char key)
    {
        if (attribute.Length < 2 || attribute[0] != key || attribute[1] != '=')
        {
            throw new SaslException(mechanism + ": expected the attribute " + key + "= in the server message.");
        }

        return attribute[2..];
    }

    /// <summary>Parses a server-final-message: "v=signature" or "e=error".</summary>
    /// <param name="mechanism">The mechanism name, for messages.</param>
    /// <param name="message">The message text.</param>
    /// <returns>The decoded server signature.</returns>
    /// <exception cref="SaslException">The server reported an error or the message is malformed.</exception>
    public static byte[] ParseServerFinal(string mechanism, string message)
    {
        string first = message.Split(',')[0];
        if (first.StartsWith("e=", StringComparison.Ordinal))
        {
            string error = first[2..];
            throw new SaslException(mechanism + ": the server reported the error \"" + error + "\".", error);
        }

        return DecodeBase64(Value(mechanism, first, 'v'))
            ?? throw new SaslException(mechanism + ": the server signature is not valid base64.");
    }

    /// <summary>Decodes base64, or returns null when the text is not valid base64.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes, or null.</returns>
    public static byte[]? DecodeBase64(string text)
    {
        byte[] buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out int written) ? buffer[..written] : null;
    }

    /// <summary>Whether a nonce is printable ASCII without ',' (RFC 5802 "printable").</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when valid.</returns>
    public static bool IsPrintable(string value)
    {
        foreach (char c in value)
        {
            if (c is < '!' or > '~' or ',')
            {
                return false;
            }
        }

        return true;
    }
}
