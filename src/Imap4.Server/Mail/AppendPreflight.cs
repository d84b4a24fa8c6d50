using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Session;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// Checks each APPEND message before its literal is accepted (RFC 9051 6.3.12, RFC 7889, RFC 9208): over the
/// APPENDLIMIT the client hears <c>NO [TOOBIG]</c>, over the account's quota (counting the command's earlier messages)
/// <c>NO [OVERQUOTA]</c>, instead of the <c>+</c> that would make it send the message.
/// </summary>
/// <param name="account">The target account.</param>
/// <param name="appendLimit">The APPENDLIMIT.</param>
internal sealed class AppendPreflight(IMailAccount account, long appendLimit)
{
    private QuotaUsage? _usage;
    private long _bytes;
    private long _messages;

    /// <summary>The refusal to send instead of <c>+</c>, or null to accept the literal.</summary>
    /// <param name="message">The announced message.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public async ValueTask<CommandResult?> CheckAsync(AnnouncedMessage message, CancellationToken cancellationToken)
    {
        if (message.Size > appendLimit)
            return CommandResult.No(ResponseCode.TooBig, $"The message is larger than the APPENDLIMIT {appendLimit}.");
        _usage ??= await account.GetQuotaAsync(cancellationToken).ConfigureAwait(false);
        _bytes += message.Size;
        _messages++;
        if (_usage.Limits.StorageKiB is long kib && _usage.StorageBytes + _bytes > kib * 1024)
            return CommandResult.No(ResponseCode.OverQuota, "The message would exceed the STORAGE quota.");
        if (_usage.Limits.Messages is long max && _usage.Messages + _messages > max)
            return CommandResult.No(ResponseCode.OverQuota, "The message would exceed the MESSAGE quota.");
        return null;
    }
}
