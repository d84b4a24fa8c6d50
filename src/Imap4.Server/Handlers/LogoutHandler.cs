using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers;

/// <summary>LOGOUT (RFC 9051 section 6.1.3): <c>* BYE</c>, the tagged OK, then the connection closes.</summary>
public sealed class LogoutHandler : CommandHandler<LogoutCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Any;

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(LogoutCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Write(new StatusResponse(null, StatusKind.Bye, null, "Logging out."));
        context.Session.Logout();
        return ValueTask.FromResult(CommandResult.Ok("LOGOUT completed."));
    }
}
