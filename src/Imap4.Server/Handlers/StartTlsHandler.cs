using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Commands;
using Imap4.Server.Session;

namespace Imap4.Server.Handlers;

/// <summary>
/// STARTTLS (RFC 9051 section 6.2.1): anything the client pipelined in the clear is discarded before the tagged OK (it
/// must not be taken as protected input), then the TLS handshake starts.
/// </summary>
public sealed class StartTlsHandler : CommandHandler<StartTlsCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.NotAuthenticated;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.StartTls];

    /// <inheritdoc/>
    public override bool IsAvailable(ImapSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.CanStartTls;
    }

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(StartTlsCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ImapSession session = context.Session;
        session.DiscardPipelinedInput();
        return ValueTask.FromResult(CommandResult.Ok("Begin TLS negotiation now.") with { AfterResponse = session.StartTlsAsync });
    }
}
