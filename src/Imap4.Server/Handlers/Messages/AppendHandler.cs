using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Server.Session;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// APPEND (RFC 9051 section 6.3.12) with APPENDUID (UIDPLUS), MULTIAPPEND (RFC 3502, atomic), literal8 content (BINARY)
/// and APPENDLIMIT (RFC 7889). Message literals normally stream from the connection into the store
/// (<see cref="HandleStreamedAsync"/>): a missing mailbox is refused with TRYCREATE, an oversized message with TOOBIG and
/// one over quota with OVERQUOTA before the literal is accepted (see <see cref="AppendPreflight"/>). The parsed form
/// (<see cref="HandleAsync"/>) serves APPENDs the reader could not stream (a literal mailbox name before the messages
/// is fine; UTF8 and CATENATE forms are not).
/// </summary>
public sealed class AppendHandler : CommandHandler<AppendCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.UidPlus, Capability.MultiAppend, Capability.AppendLimit];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(AppendCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        foreach (AppendMessage message in command.Messages)
        {
            if (message.Catenate is not null) return CommandResult.Bad(ResponseCode.ClientBug, "CATENATE is not supported.");
            if (message.Content.Length > context.Options.AppendLimit)
                return CommandResult.No(ResponseCode.TooBig, $"The message is larger than the APPENDLIMIT {context.Options.AppendLimit}.");
        }
        IMailbox mailbox;
        try
        {
            mailbox = await context.Account().OpenMailboxAsync(command.Mailbox, cancellationToken).ConfigureAwait(false);
        }
        catch (MailStoreException e) when (e.Error == MailStoreError.NonExistent)
        {
            return CommandResult.No(ResponseCode.TryCreate, "The mailbox does not exist; create it first.");
        }
        var requests = new List<AppendRequest>(command.Messages.Count);
        foreach (AppendMessage message in command.Messages)
            requests.Add(new AppendRequest(ContentStream.Of(message.Content), message.Flags, message.InternalDate));
        AppendResult result = await mailbox.AppendAsync(requests, cancellationToken).ConfigureAwait(false);
        return Completed(result);
    }

    /// <summary>
    /// Runs an APPEND whose message literals are still on the wire: each is checked, accepted and read by the store as
    /// it arrives; the store adds all messages or none.
    /// </summary>
    internal static async ValueTask<CommandResult> HandleStreamedAsync(StreamedAppend append, CommandContext context, CancellationToken cancellationToken)
    {
        IMailAccount account = context.Account();
        IMailbox mailbox;
        try
        {
            mailbox = await account.OpenMailboxAsync(append.Mailbox, cancellationToken).ConfigureAwait(false);
        }
        catch (MailStoreException e) when (e.Error == MailStoreError.NonExistent)
        {
            return CommandResult.No(ResponseCode.TryCreate, "The mailbox does not exist; create it first.");
        }
        var preflight = new AppendPreflight(account, context.Options.AppendLimit);
        AppendResult result = await mailbox.AppendAsync(append.ReadMessagesAsync(preflight.CheckAsync, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Completed(result);
    }

    private static CommandResult Completed(AppendResult result) =>
        CommandResult.Ok("APPEND completed.", new AppendUidCode(result.UidValidity, result.ToUidSet()));
}
