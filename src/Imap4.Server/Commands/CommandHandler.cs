using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Session;

namespace Imap4.Server.Commands;

/// <summary>A typed base for handlers: override the flags that differ and <see cref="HandleAsync(TCommand, CommandContext, CancellationToken)"/>.</summary>
/// <typeparam name="TCommand">The command record type.</typeparam>
public abstract class CommandHandler<TCommand> : ICommandHandler where TCommand : ImapCommand
{
    /// <inheritdoc/>
    public Type CommandType => typeof(TCommand);

    /// <inheritdoc/>
    public abstract SessionStates AllowedStates { get; }

    /// <inheritdoc/>
    public virtual SequenceNumberUse SequenceNumbers => SequenceNumberUse.None;

    /// <inheritdoc/>
    public SequenceNumberUse SequenceNumbersFor(ImapCommand command) => SequenceNumbersFor((TCommand)command);

    /// <inheritdoc/>
    public virtual IReadOnlyList<Capability> Capabilities => [];

    /// <inheritdoc/>
    public virtual bool IsAvailable(ImapSession session) => true;

    /// <inheritdoc/>
    public ValueTask<CommandResult> HandleAsync(ImapCommand command, CommandContext context, CancellationToken cancellationToken) =>
        HandleAsync((TCommand)command, context, cancellationToken);

    /// <summary>How one command relates to sequence numbers; <see cref="SequenceNumbers"/> by default.</summary>
    /// <param name="command">The command.</param>
    /// <returns>Its use of sequence numbers.</returns>
    protected virtual SequenceNumberUse SequenceNumbersFor(TCommand command) => SequenceNumbers;

    /// <summary>Executes the command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="context">The session, tag and response channel.</param>
    /// <param name="cancellationToken">Cancelled when the connection closes or the server stops.</param>
    /// <returns>The tagged result.</returns>
    protected abstract ValueTask<CommandResult> HandleAsync(TCommand command, CommandContext context, CancellationToken cancellationToken);
}
