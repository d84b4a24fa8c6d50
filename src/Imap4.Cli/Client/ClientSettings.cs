namespace Imap4.Cli.Client;

/// <summary>Where and how the client commands connect.</summary>
public sealed record ClientSettings
{
    /// <summary>The server host.</summary>
    public string Host { get; init; } = "localhost";

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

    /// <summary>The port actually used.</summary>
    public int EffectivePort => Port ?? (Tls ? 993 : 143);
}
