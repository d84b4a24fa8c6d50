using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>EXPUNGE</c>: removes every message with \Deleted from the selected mailbox (RFC 9051 section 6.4.3). For the UID form see <see cref="UidExpungeCommand"/>.</summary>
public sealed record ExpungeCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static ExpungeCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "EXPUNGE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static ExpungeCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
