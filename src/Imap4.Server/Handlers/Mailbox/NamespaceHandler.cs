using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>NAMESPACE (RFC 9051 section 6.3.10, RFC 2342): one personal namespace, prefix "" and delimiter "/".</summary>
public sealed class NamespaceHandler : CommandHandler<NamespaceCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Namespace];

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(NamespaceCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Write(new NamespaceResponse([new NamespaceDescriptor(new MailboxName(""), MailboxPath.Delimiter)], null, null));
        return ValueTask.FromResult(CommandResult.Ok("NAMESPACE completed."));
    }
}
