using Imap4.Protocol.Commands;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>CHECK (RFC 3501 section 6.4.1; removed from IMAP4rev2, where it is a NOOP): the store is always consistent.</summary>
public sealed class CheckHandler : CommandHandler<CheckCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(CheckCommand command, CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CommandResult.Ok("CHECK completed."));
}
