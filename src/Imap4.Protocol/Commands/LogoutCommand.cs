using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>LOGOUT</c>: ends the session; the server answers <c>* BYE</c> then OK (RFC 9051 section 6.1.3).</summary>
public sealed record LogoutCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static LogoutCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "LOGOUT";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static LogoutCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
