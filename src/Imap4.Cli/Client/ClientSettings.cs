namespace Imap4.Cli.Client;

/// <summary>Where and how the client commands connect: the flags, merged with a configuration file by
/// <see cref="ClientSettingsResolver"/>.</summary>
public sealed record ClientSettings
{
    /// <summary>The host used when neither a flag nor the configuration file names one (except in the shell, which asks).</summary>
    public const string DefaultHost = "localhost";

    /// <summary>The server host, or null when not given yet.</summary>
    public string? Host { get; init; }

    /// <summary>The port, or null for 993 with implicit TLS and 143 otherwise.</summary>
    public int? Port { get; init; }

    /// <summary>The user to log in as, or null to stay unauthenticated.</summary>
    public string? User { get; init; }

    /// <summary>The password, or null to take it from <c>IMAP4_PASSWORD</c> or a prompt.</summary>
    public string? Password { get; init; }

    /// <summary>Implicit TLS (IMAPS).</summary>
    public bool Tls { get; init; }

    /// <summary>STARTTLS before logging in.</summary>
    public bool StartTls { get; init; }

    /// <summary>Accept any server certificate (dangerous; for throw-away servers).</summary>
    public bool Insecure { get; init; }

    /// <summary>A PEM file of certificates to trust instead of the system store (e.g. the server's self-signed one).</summary>
    public string? CaFile { get; init; }

    /// <summary>Print JSON instead of text.</summary>
    public bool Json { get; init; }

    /// <summary>An IMAPClient-style INI file with the connection settings (<c>-f</c>), or null.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The section of <see cref="ConfigFile"/> to use, or null for <c>[DEFAULT]</c>.</summary>
    public string? Account { get; init; }

    /// <summary>The connect and read timeout, or null for the library's defaults.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Log in with OAuth 2.0 (XOAUTH2), exchanging <see cref="OAuth2RefreshToken"/> for an access token.</summary>
    public bool OAuth2 { get; init; }

    /// <summary>The OAuth 2.0 client id.</summary>
    public string? OAuth2ClientId { get; init; }

    /// <summary>The OAuth 2.0 client secret.</summary>
    public string? OAuth2ClientSecret { get; init; }

    /// <summary>The OAuth 2.0 refresh token.</summary>
    public string? OAuth2RefreshToken { get; init; }

    /// <summary>The token endpoint, or null for Google's (<see cref="Config.OAuth2TokenClient.GoogleTokenUrl"/>).</summary>
    public Uri? OAuth2TokenUrl { get; init; }

    /// <summary>
    /// Whether a missing password may be read as a line from redirected standard input (scripts piping a password).
    /// The shell turns this off: its standard input is the script.
    /// </summary>
    public bool PasswordFromRedirectedInput { get; init; } = true;

    /// <summary>The host actually used.</summary>
    public string EffectiveHost => Host ?? DefaultHost;

    /// <summary>The port actually used.</summary>
    public int EffectivePort => Port ?? (Tls ? 993 : 143);
}
