using System.Text;
using System.Text.Json;

namespace Imap4.Client.Sasl;

/// <summary>Reads the JSON error a server sends as a challenge to XOAUTH2 and OAUTHBEARER (RFC 7628 section 3.2.2).</summary>
internal static class OAuthError
{
    /// <summary>The challenge as text (the JSON document), never throwing on bad UTF-8.</summary>
    /// <param name="challenge">The decoded challenge.</param>
    /// <returns>The text.</returns>
    public static string Text(ReadOnlySpan<byte> challenge) => Encoding.UTF8.GetString(challenge);

    /// <summary>The exception for a challenge after the error was acknowledged, naming the "status" member.</summary>
    /// <param name="mechanism">The mechanism name.</param>
    /// <param name="json">The error document.</param>
    /// <returns>The exception.</returns>
    public static SaslException Failure(string mechanism, string json)
    {
        string? status = Status(json);
        string detail = status is null ? "an error" : "the error status \"" + status + "\"";
        return new SaslException(mechanism + ": the server rejected the token with " + detail + ".", json);
    }

    /// <summary>The "status" member of the error document, or null when absent or not JSON.</summary>
    /// <param name="json">The error document.</param>
    /// <returns>The status, or null.</returns>
    public static string? Status(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("status", out JsonElement status)
                ? status.ToString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
