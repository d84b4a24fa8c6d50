using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers;

/// <summary>CAPABILITY (RFC 9051 section 6.1.1): lists what this session can use now.</summary>
public sealed class CapabilityHandler : CommandHandler<CapabilityCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Any;

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(CapabilityCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Write(new CapabilityResponse(context.Session.GetCapabilities()));
        return ValueTask.FromResult(CommandResult.Ok("CAPABILITY completed."));
    }
}
