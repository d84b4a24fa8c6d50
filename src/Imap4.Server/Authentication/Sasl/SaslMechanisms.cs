namespace Imap4.Server.Authentication.Sasl;

/// <summary>The built-in server mechanisms and which of them a connection may offer.</summary>
internal static class SaslMechanisms
{
    public const string Plain = "PLAIN";
    public const string Login = "LOGIN";
    public const string CramMd5 = "CRAM-MD5";
    public const string ScramSha256 = "SCRAM-SHA-256";

    /// <summary>True for mechanisms that send the password in the clear.</summary>
    public static bool IsPlaintext(string name) => name is Plain or Login;

    /// <summary>True when the mechanism is built in and the directory can drive it.</summary>
    public static bool IsAvailable(string name, IUserDirectory users) => name switch
    {
        Plain or Login or ScramSha256 => true,
        CramMd5 => users.SupportsCramMd5,
        _ => false,
    };

    /// <summary>Creates a mechanism instance for one exchange.</summary>
    public static SaslServerMechanism Create(string name, IUserDirectory users, string hostName) => name switch
    {
        Plain => new PlainServerMechanism(users),
        Login => new LoginServerMechanism(users),
        CramMd5 => new CramMd5ServerMechanism(users, hostName),
        ScramSha256 => new ScramSha256ServerMechanism(users),
        _ => throw new ArgumentException($"Unknown mechanism {name}.", nameof(name)),
    };
}
