using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>CLOSE</c>: silently expunges \Deleted messages (unless read-only) and leaves the selected state (RFC 9051 section 6.4.1).</summary>
public sealed record CloseCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static CloseCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "CLOSE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static CloseCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
