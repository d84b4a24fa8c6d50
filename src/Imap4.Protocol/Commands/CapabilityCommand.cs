using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>CAPABILITY</c>: asks for the server's capabilities (RFC 9051 section 6.1.1). Valid in every state.</summary>
public sealed record CapabilityCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static CapabilityCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "CAPABILITY";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static CapabilityCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
