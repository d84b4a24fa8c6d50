using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>UNSELECT</c>: leaves the selected state without expunging (RFC 9051 section 6.4.2, RFC 3691).</summary>
public sealed record UnselectCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static UnselectCommand Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "UNSELECT";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    internal static UnselectCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
