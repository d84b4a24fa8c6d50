using Imap4.Protocol.Commands;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers;

/// <summary>NOOP (RFC 9051 section 6.1.2): does nothing; pending mailbox updates go out with its response.</summary>
public sealed class NoopHandler : CommandHandler<NoopCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Any;

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(NoopCommand command, CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CommandResult.Ok("NOOP completed."));
}
