using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Authentication;
using Imap4.Server.Commands;
using Imap4.Server.Session;

namespace Imap4.Server.Handlers;

/// <summary>
/// LOGIN (RFC 9051 section 6.2.3). Refused with <c>NO [PRIVACYREQUIRED]</c> where passwords may not travel in the
/// clear (LOGINDISABLED is advertised there), with <c>NO [UNAVAILABLE]</c> while the client address is throttled.
/// </summary>
public sealed class LoginHandler : CommandHandler<LoginCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.NotAuthenticated;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(LoginCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        ImapSession session = context.Session;
        if (!session.IsPlaintextAuthAllowed)
            return CommandResult.No(ResponseCode.PrivacyRequired, "LOGIN is disabled without TLS; use STARTTLS first.");
        if (session.IsLoginThrottled)
            return CommandResult.No(ResponseCode.Unavailable, "Too many failed logins; try again later.");
        ImapUser? user = await context.Options.Users.VerifyPasswordAsync(command.UserName, command.Password, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            await session.AuthenticationFailedAsync(command.UserName, "LOGIN", cancellationToken).ConfigureAwait(false);
            return CommandResult.No(ResponseCode.AuthenticationFailed, "Invalid credentials.");
        }
        await session.AuthenticatedAsync(user, "LOGIN", cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("Logged in.", new CapabilityCode(session.GetCapabilities()));
    }
}
