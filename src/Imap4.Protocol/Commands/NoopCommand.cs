using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>NOOP</c>: does nothing, letting the server send pending updates (RFC 9051 section 6.1.2).</summary>
public sealed record NoopCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static NoopCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "NOOP";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static NoopCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
