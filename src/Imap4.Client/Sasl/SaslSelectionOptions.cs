namespace Imap4.Client.Sasl;

/// <summary>How <see cref="SaslMechanismFactory.Select"/> chooses a mechanism.</summary>
public sealed class SaslSelectionOptions
{
    /// <summary>
    /// Whether mechanisms that reveal the password or token (<see cref="ISaslMechanism.IsPlaintext"/>) may be chosen.
    /// Set it when the connection is under TLS; false by default.
    /// </summary>
    public bool AllowPlaintext { get; init; }

    /// <summary>
    /// The mechanisms to try, in order of preference, instead of the default order. Naming CRAM-MD5 here is the only
    /// way it is chosen.
    /// </summary>
    public IReadOnlyList<string>? Mechanisms { get; init; }

    /// <summary>The server host name for OAUTHBEARER, or null.</summary>
    public string? Host { get; init; }

    /// <summary>The server port for OAUTHBEARER, or null.</summary>
    public int? Port { get; init; }
}
