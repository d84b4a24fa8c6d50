using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Quota;

/// <summary>GETQUOTA (RFC 9208 section 4.1.1): the usage and limits of the user's quota root <c>""</c>.</summary>
public sealed class GetQuotaHandler : CommandHandler<GetQuotaCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Quota, Capability.QuotaResStorage, Capability.QuotaResMessage];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(GetQuotaCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Root != QuotaReport.RootName) return CommandResult.No(ResponseCode.NonExistent, "No such quota root.");
        QuotaUsage usage = await context.Account().GetQuotaAsync(cancellationToken).ConfigureAwait(false);
        context.Write(QuotaReport.Response(usage));
        return CommandResult.Ok("GETQUOTA completed.");
    }
}
