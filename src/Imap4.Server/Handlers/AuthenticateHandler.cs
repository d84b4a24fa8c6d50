using System.Buffers;
using System.Buffers.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Authentication.Sasl;
using Imap4.Server.Commands;
using Imap4.Server.Session;

namespace Imap4.Server.Handlers;

/// <summary>
/// AUTHENTICATE (RFC 9051 section 6.2.2) with SASL-IR (RFC 4959): runs the server side of the chosen mechanism,
/// exchanging base64 challenges and responses; a <c>*</c> line cancels (BAD). Only mechanisms usable on this
/// connection are accepted: plaintext ones need TLS (or an allowed plaintext connection).
/// </summary>
public sealed class AuthenticateHandler : CommandHandler<AuthenticateCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.NotAuthenticated;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(AuthenticateCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        ImapSession session = context.Session;
        string name = command.Mechanism;
        if (!CapabilityBuilder.OfferedMechanisms(session).Contains(name))
        {
            return SaslMechanisms.IsPlaintext(name) && !session.IsPlaintextAuthAllowed
                ? CommandResult.No(ResponseCode.PrivacyRequired, $"{name} is disabled without TLS; use STARTTLS first.")
                : CommandResult.No(ResponseCode.Cannot, $"Unsupported authentication mechanism {name}.");
        }
        if (session.IsLoginThrottled) return CommandResult.No(ResponseCode.Unavailable, "Too many failed logins; try again later.");
        SaslServerMechanism mechanism = SaslMechanisms.Create(name, context.Options.Users, session.HostName);
        SaslStep step = await mechanism.StartAsync(command.InitialResponse, cancellationToken).ConfigureAwait(false);
        while (step.Challenge is { } challenge)
        {
            await context.SendContinuationAsync(Convert.ToBase64String(challenge), cancellationToken).ConfigureAwait(false);
            byte[] line = await context.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new IOException("The client closed the connection.");
            if (line is [(byte)'*']) return CommandResult.Bad(null, "Authentication cancelled.");
            if (!TryDecode(line, out byte[] response)) return CommandResult.Bad(ResponseCode.ClientBug, "The SASL response is not valid base64.");
            step = await mechanism.StepAsync(response, cancellationToken).ConfigureAwait(false);
        }
        if (step.User is { } user)
        {
            await session.AuthenticatedAsync(user, name, cancellationToken).ConfigureAwait(false);
            return CommandResult.Ok("Authenticated.", new CapabilityCode(session.GetCapabilities()));
        }
        if (step.Malformed) return CommandResult.Bad(step.FailureCode, step.FailureText!);
        await session.AuthenticationFailedAsync(null, name, cancellationToken).ConfigureAwait(false);
        return CommandResult.No(step.FailureCode, step.FailureText!);
    }

    private static bool TryDecode(byte[] line, out byte[] decoded)
    {
        decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(line.Length)];
        if (Base64.DecodeFromUtf8(line, decoded, out _, out int written) != OperationStatus.Done) return false;
        decoded = decoded[..written];
        return true;
    }
}
