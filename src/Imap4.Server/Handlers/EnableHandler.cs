using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers;

/// <summary>
/// ENABLE (RFC 5161, RFC 9051 section 6.3.1): turns on the requested extensions that
/// <see cref="CommandRegistry.EnableableExtensions"/> lists, ignores the rest, and reports those newly enabled.
/// </summary>
public sealed class EnableHandler : CommandHandler<EnableCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Authenticated;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Enable];

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(EnableCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var enabled = new List<Capability>();
        foreach (Capability extension in command.Capabilities)
        {
            if (context.Options.Commands.EnableableExtensions.Contains(extension) && context.Session.Enable(extension)) enabled.Add(extension);
            // QRESYNC implies CONDSTORE (RFC 7162 3.2.3).
            if (extension == Capability.QResync && enabled.Contains(extension)) context.Session.Enable(Capability.CondStore);
        }
        context.Write(new EnabledResponse(enabled));
        return ValueTask.FromResult(CommandResult.Ok("ENABLE completed."));
    }
}
