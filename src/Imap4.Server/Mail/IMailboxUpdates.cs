using Imap4.Server.Commands;

namespace Imap4.Server.Mail;

/// <summary>
/// The selected mailbox's pending unilateral updates (EXISTS, EXPUNGE, FETCH flags, VANISHED). A SELECT handler puts
/// an implementation into <see cref="Session.ImapSession.Features"/>; after every command, before the tagged response,
/// the session asks it to write what is pending, telling it how the command relates to sequence numbers so that
/// EXPUNGE is held back while a command that uses them runs (RFC 9051 section 7.5.1).
/// </summary>
public interface IMailboxUpdates
{
    /// <summary>Writes the pending updates that the rules allow now.</summary>
    /// <param name="context">The command's context (response channel with backpressure).</param>
    /// <param name="commandUse">How the command that just ran relates to sequence numbers.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when written.</returns>
    ValueTask WritePendingAsync(CommandContext context, SequenceNumberUse commandUse, CancellationToken cancellationToken);
}
