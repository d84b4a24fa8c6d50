using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>CREATE (RFC 9051 section 6.3.4), with USE special-use attributes (CREATE-SPECIAL-USE, RFC 6154).</summary>
public sealed class CreateHandler : CommandHandler<CreateCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.CreateSpecialUse];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(CreateCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SpecialUse use = SpecialUse.None;
        foreach (string attribute in command.SpecialUse ?? [])
        {
            SpecialUse one = SpecialUseExtensions.FromAttribute(new MailboxAttribute(attribute));
            if (one == SpecialUse.None) return CommandResult.No(ResponseCode.UseAttr, $"Unsupported special use {attribute}.");
            use |= one;
        }
        IMailbox created = await context.Account().CreateMailboxAsync(command.Mailbox, use, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("CREATE completed.", new MailboxIdCode(created.MailboxId));
    }
}
