using Imap4.Server.Authentication;
using Imap4.Server.Session;

namespace Imap4.Server.Mail;

/// <summary>
/// Connects sessions to mail storage. The server calls <see cref="OpenSessionAsync"/> when a session authenticates
/// (the backend opens the user's account and keeps it in <see cref="ImapSession.Features"/>, where the mailbox
/// command handlers find it) and <see cref="CloseSessionAsync"/> when the session leaves the authenticated state.
/// Embedded servers and tests deliver mail with <see cref="DeliverAsync"/>.
/// </summary>
public interface IMailBackend
{
    /// <summary>Opens the user's account for a session that has just authenticated.</summary>
    /// <param name="session">The session.</param>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the account is ready.</returns>
    /// <exception cref="Commands.ImapCommandException">The account cannot be used (authentication is answered NO).</exception>
    ValueTask OpenSessionAsync(ImapSession session, ImapUser user, CancellationToken cancellationToken);

    /// <summary>Releases what <see cref="OpenSessionAsync"/> opened (UNAUTHENTICATE, LOGOUT, disconnection).</summary>
    /// <param name="session">The session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when released.</returns>
    ValueTask CloseSessionAsync(ImapSession session, CancellationToken cancellationToken);

    /// <summary>Delivers a message (RFC 5322 bytes) into a user's mailbox, as a mail transfer agent would.</summary>
    /// <param name="userName">The recipient.</param>
    /// <param name="mailbox">The mailbox, e.g. <c>INBOX</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the message is stored.</returns>
    ValueTask DeliverAsync(string userName, string mailbox, ReadOnlyMemory<byte> message, CancellationToken cancellationToken);
}
