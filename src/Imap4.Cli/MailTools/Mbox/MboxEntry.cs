namespace Imap4.Cli.MailTools.Mbox;

/// <summary>One message read from an mbox file.</summary>
/// <param name="Offset">The file offset of its <c>From </c> line (its key for resuming).</param>
/// <param name="Sender">The sender on the <c>From </c> line.</param>
/// <param name="Date">The date on the <c>From </c> line, or null when unreadable.</param>
internal sealed record MboxEntry(long Offset, string Sender, DateTimeOffset? Date);
