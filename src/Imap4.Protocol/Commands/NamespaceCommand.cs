using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>NAMESPACE (RFC 2342, RFC 9051 section 6.3.10): asks for the personal, other users' and shared namespaces.</summary>
public sealed record NamespaceCommand : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "NAMESPACE";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
    }

    /// <summary>NAMESPACE takes no arguments.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static NamespaceCommand Parse(ref ImapReader reader, bool isUid) => new();
}
