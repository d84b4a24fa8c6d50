using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>STARTTLS</c>: starts TLS negotiation after the tagged OK (RFC 9051 section 6.2.1). Not authenticated state only.</summary>
public sealed record StartTlsCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static StartTlsCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "STARTTLS";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static StartTlsCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
