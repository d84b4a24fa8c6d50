namespace Imap4.Protocol.Wire;

/// <summary>How a client writes literals, depending on what the server offers.</summary>
public enum LiteralMode
{
    /// <summary><c>{n}</c>: the client waits for a continuation request before sending the literal (plain IMAP).</summary>
    Synchronizing,

    /// <summary><c>{n+}</c> for every literal (LITERAL+, RFC 7888).</summary>
    NonSynchronizing,

    /// <summary><c>{n+}</c> for literals of at most 4096 bytes, <c>{n}</c> above (LITERAL-, RFC 7888; IMAP4rev2).</summary>
    LiteralMinus,
}
