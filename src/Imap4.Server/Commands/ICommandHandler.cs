using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Session;

namespace Imap4.Server.Commands;

/// <summary>
/// Executes one kind of command (one <see cref="ImapCommand"/> record type; UID variants are the same type). Each
/// handler lives in its own file and declares where it may run; <see cref="CommandRegistry"/> maps commands to
/// handlers, and the server advertises exactly the capabilities of the registered handlers.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The command record type handled.</summary>
    Type CommandType { get; }

    /// <summary>The states in which the command is allowed; elsewhere it is answered <c>BAD</c>.</summary>
    SessionStates AllowedStates { get; }

    /// <summary>Whether the command uses or changes sequence numbers (rules for pending EXPUNGE responses).</summary>
    SequenceNumberUse SequenceNumbers { get; }

    /// <summary>
    /// How one command relates to sequence numbers: <see cref="SequenceNumbers"/> unless the handler tells the UID form
    /// of a command apart (UID FETCH, UID STORE and UID SEARCH do not use sequence numbers: EXPUNGE may follow them).
    /// </summary>
    /// <param name="command">The command.</param>
    /// <returns>Its use of sequence numbers.</returns>
    SequenceNumberUse SequenceNumbersFor(ImapCommand command) => SequenceNumbers;

    /// <summary>
    /// The capabilities that announce this command (e.g. IDLE, ENABLE); advertised while the handler is registered and
    /// <see cref="IsAvailable"/>. Empty for IMAP4rev2 base commands.
    /// </summary>
    IReadOnlyList<Capability> Capabilities { get; }

    /// <summary>Whether the command can run in this session right now (STARTTLS: not after TLS).</summary>
    /// <param name="session">The session.</param>
    /// <returns>False to answer <c>BAD</c> and not advertise <see cref="Capabilities"/>.</returns>
    bool IsAvailable(ImapSession session);

    /// <summary>Executes the command: writes untagged responses through the context and returns the tagged result.</summary>
    /// <param name="command">The command (of <see cref="CommandType"/>).</param>
    /// <param name="context">The session, tag and response channel.</param>
    /// <param name="cancellationToken">Cancelled when the connection closes or the server stops.</param>
    /// <returns>The tagged result.</returns>
    /// <exception cref="ImapCommandException">The command is refused (answered NO or BAD).</exception>
    ValueTask<CommandResult> HandleAsync(ImapCommand command, CommandContext context, CancellationToken cancellationToken);
}
