using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools;

/// <summary>What a backup keeps of a message beside its bytes.</summary>
/// <param name="Uid">The UID in its folder.</param>
/// <param name="Flags">The flags (\Recent left out: it cannot be restored).</param>
/// <param name="InternalDate">The internal date, or null when the server sent none.</param>
/// <param name="Sender">The envelope sender for an mbox <c>From </c> line, or null.</param>
internal sealed record MessageMeta(uint Uid, IReadOnlyList<Flag> Flags, DateTimeOffset? InternalDate, string? Sender);
