using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace Imap4.Server.Handlers;

/// <summary>ID (RFC 2971): logs the client's identification and answers with the server's.</summary>
public sealed class IdHandler : CommandHandler<IdCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Any;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Id];

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(IdCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Parameters is { Count: > 0 } fields && context.Logger.IsEnabled(LogLevel.Information))
            context.Logger.ClientId(string.Join(", ", fields.Select(f => $"{f.Key}={f.Value}")));
        context.Write(context.Options.IdFields is { } server ? new IdResponse(server) : IdResponse.Nil);
        return ValueTask.FromResult(CommandResult.Ok("ID completed."));
    }
}
