using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Quota;

/// <summary>
/// GETQUOTAROOT (RFC 9208 section 4.1.2): every mailbox name, existing or not, belongs to the user's root <c>""</c>.
/// </summary>
public sealed class GetQuotaRootHandler : CommandHandler<GetQuotaRootCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(GetQuotaRootCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        QuotaUsage usage = await context.Account().GetQuotaAsync(cancellationToken).ConfigureAwait(false);
        context.Write(new QuotaRootResponse(command.Mailbox, [QuotaReport.RootName]));
        context.Write(QuotaReport.Response(usage));
        return CommandResult.Ok("GETQUOTAROOT completed.");
    }
}
