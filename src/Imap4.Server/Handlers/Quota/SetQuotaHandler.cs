using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Quota;

/// <summary>
/// SETQUOTA (RFC 9208 section 4.1.3) on the user's root <c>""</c>, only when <see cref="ImapServerOptions.AllowSetQuota"/>
/// (then QUOTASET is advertised); otherwise <c>NO [NOPERM]</c>. Resources not listed become unlimited.
/// </summary>
public sealed class SetQuotaHandler : CommandHandler<SetQuotaCommand>
{
    /// <summary>The QUOTASET capability.</summary>
    public static Capability QuotaSet { get; } = new("QUOTASET");

    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(SetQuotaCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Options.AllowSetQuota) return CommandResult.No(ResponseCode.NoPerm, "Quota limits are set by the administrator.");
        if (command.Root != QuotaReport.RootName) return CommandResult.No(ResponseCode.NonExistent, "No such quota root.");
        long? storage = null, messages = null;
        foreach (QuotaLimit limit in command.Limits)
        {
            long value = limit.Limit > long.MaxValue ? long.MaxValue : (long)limit.Limit;
            if (string.Equals(limit.Resource, QuotaLimit.Storage, StringComparison.OrdinalIgnoreCase)) storage = value;
            else if (string.Equals(limit.Resource, QuotaLimit.Message, StringComparison.OrdinalIgnoreCase)) messages = value;
            else return CommandResult.No(ResponseCode.Cannot, $"The resource {limit.Resource} is not supported.");
        }
        IMailAccount account = context.Account();
        await account.SetQuotaAsync(new QuotaLimits(storage, messages), cancellationToken).ConfigureAwait(false);
        context.Write(QuotaReport.Response(await account.GetQuotaAsync(cancellationToken).ConfigureAwait(false)));
        return CommandResult.Ok("SETQUOTA completed.");
    }
}
