using System.Net.Http.Headers;
using System.Text.Json;

namespace Imap4.Cli.Config;

/// <summary>Exchanges an OAuth 2.0 refresh token for an access token (RFC 6749 section 6) at a token endpoint.</summary>
internal static class OAuth2TokenClient
{
    /// <summary>Google's token endpoint, IMAPClient's default.</summary>
    public static readonly Uri GoogleTokenUrl = new("https://oauth2.googleapis.com/token");

    /// <summary>How long the token request may take.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The largest token response read, in bytes (a token response is a few kilobytes).</summary>
    public const int MaxResponseBytes = 64 * 1024;

    /// <summary>Posts <c>grant_type=refresh_token</c> with the client credentials and returns the access token.</summary>
    /// <param name="tokenUrl">The token endpoint.</param>
    /// <param name="clientId">The client id.</param>
    /// <param name="clientSecret">The client secret (may be empty for public clients).</param>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="InvalidOperationException">The endpoint refused, or answered something that is not a token.</exception>
    /// <exception cref="IOException">The endpoint could not be reached.</exception>
    public static async Task<string> GetAccessTokenAsync(Uri tokenUrl, string clientId, string clientSecret, string refreshToken, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = RequestTimeout, MaxResponseContentBufferSize = MaxResponseBytes };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["refresh_token"] = refreshToken,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return ReadToken(tokenUrl, response, body);
        }
        catch (HttpRequestException e)
        {
            throw new IOException($"OAuth2 token endpoint {tokenUrl}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"OAuth2 token endpoint {tokenUrl} did not answer within {RequestTimeout.TotalSeconds} s.", e);
        }
    }

    private static string ReadToken(Uri tokenUrl, HttpResponseMessage response, string body)
    {
        JsonElement root;
        try
        {
            using JsonDocument json = JsonDocument.Parse(body);
            root = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"OAuth2 token endpoint {tokenUrl} answered {(int)response.StatusCode} without JSON.");
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("access_token", out JsonElement token)
            && token.ValueKind == JsonValueKind.String && response.IsSuccessStatusCode)
            return token.GetString()!;
        string error = Text(root, "error") ?? "no access_token";
        string? description = Text(root, "error_description");
        throw new InvalidOperationException(
            $"OAuth2 token endpoint {tokenUrl} refused the refresh token ({(int)response.StatusCode}): {error}{(description is null ? "" : ": " + description)}");
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
