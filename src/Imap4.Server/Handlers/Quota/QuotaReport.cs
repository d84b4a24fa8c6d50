using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Quota;

/// <summary>
/// The server's quota model (RFC 9208): one quota root per user, named <see cref="RootName"/> (the empty string),
/// covering all of the user's mailboxes, with the STORAGE (KiB) and MESSAGE resources the store accounts.
/// </summary>
internal static class QuotaReport
{
    /// <summary>The name of the user's only quota root.</summary>
    public const string RootName = "";

    /// <summary>The <c>* QUOTA</c> response for the usage: only limited resources are listed (RFC 9208 4.2.1).</summary>
    public static QuotaResponse Response(QuotaUsage usage)
    {
        var resources = new List<QuotaResource>(2);
        if (usage.Limits.StorageKiB is long kib) resources.Add(new QuotaResource(QuotaLimit.Storage, (ulong)usage.StorageKiB, (ulong)kib));
        if (usage.Limits.Messages is long max) resources.Add(new QuotaResource(QuotaLimit.Message, (ulong)usage.Messages, (ulong)max));
        return new QuotaResponse(RootName, resources);
    }
}
