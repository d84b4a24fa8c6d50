using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Session;

namespace Imap4.Server.Handlers;

/// <summary>
/// COMPRESS DEFLATE (RFC 4978): after the tagged OK's CRLF both directions are raw DEFLATE. Allowed once
/// authenticated (so that STARTTLS, which must sit below compression, is already done).
/// </summary>
public sealed class CompressHandler : CommandHandler<CompressCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.CompressDeflate];

    /// <inheritdoc/>
    public override bool IsAvailable(ImapSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return !session.IsCompressed;
    }

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(CompressCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Algorithm != "DEFLATE")
            return ValueTask.FromResult(CommandResult.Bad(ResponseCode.ClientBug, $"Unknown compression algorithm {command.Algorithm}."));
        ImapSession session = context.Session;
        return ValueTask.FromResult(CommandResult.Ok("DEFLATE active.") with
        {
            AfterResponse = _ =>
            {
                session.StartCompression();
                return ValueTask.CompletedTask;
            },
        });
    }
}
