using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>CHECK</c>: an RFC 3501 housekeeping checkpoint; removed from IMAP4rev2, where servers treat it as NOOP.</summary>
public sealed record CheckCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static CheckCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "CHECK";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static CheckCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
