using Imap4.Cli.Config;

namespace Imap4.Cli.Client;

/// <summary>Completes the flags: merges the config file (flags win), then asks on a terminal for what is missing.</summary>
internal static class ClientSettingsResolver
{
    /// <summary>Merges the config file and checks the OAuth 2.0 settings.</summary>
    /// <param name="flags">The settings given as flags.</param>
    /// <param name="interactive">Whether host and user are required and asked for on a terminal (the shell); otherwise
    /// the host defaults to <see cref="ClientSettings.DefaultHost"/> and a missing user means no login.</param>
    /// <param name="cancellationToken">Cancels reading the file or a prompt.</param>
    /// <returns>The settings to connect with.</returns>
    /// <exception cref="InvalidOperationException">Something required is missing and there is no terminal to ask on.</exception>
    public static async Task<ClientSettings> ResolveAsync(ClientSettings flags, bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ClientSettings settings = flags.ConfigFile is null ? flags : await ClientConfigFile.ApplyAsync(flags, cancellationToken).ConfigureAwait(false);
        if (settings.Tls && settings.StartTls) throw new ArgumentException("Use either ssl/-s (implicit TLS) or starttls, not both.");
        if (interactive)
        {
            settings = settings with
            {
                Host = settings.Host ?? await AskAsync("Host", "-H HOST", "host", cancellationToken).ConfigureAwait(false),
                User = settings.User ?? await AskAsync("Username", "-u NAME", "username", cancellationToken).ConfigureAwait(false),
            };
        }
        if (settings.OAuth2) CheckOAuth2(settings);
        return settings;
    }

    private static async Task<string> AskAsync(string what, string flag, string key, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
            throw new InvalidOperationException($"No {what.ToLowerInvariant()}: give {flag} or '{key}' in the config file (-f); standard input is not a terminal to ask on.");
        await Console.Error.WriteAsync($"{what}: ").ConfigureAwait(false);
        string? line = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(line) ? throw new InvalidOperationException($"No {what.ToLowerInvariant()} given.") : line.Trim();
    }

    private static void CheckOAuth2(ClientSettings settings)
    {
        var missing = new List<string>();
        if (settings.User is null) missing.Add("username");
        if (settings.OAuth2ClientId is null) missing.Add("oauth2_client_id");
        if (settings.OAuth2RefreshToken is null) missing.Add("oauth2_refresh_token");
        if (missing.Count > 0) throw new ArgumentException($"oauth2 needs {string.Join(", ", missing)}.");
    }
}
