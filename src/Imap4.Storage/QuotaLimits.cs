namespace Imap4.Storage;

/// <summary>An account's quota limits (RFC 9208); null means unlimited.</summary>
/// <param name="StorageKiB">The STORAGE resource limit in units of 1024 octets.</param>
/// <param name="Messages">The MESSAGE resource limit (messages in all mailboxes).</param>
public sealed record QuotaLimits(long? StorageKiB = null, long? Messages = null)
{
    /// <summary>No limit.</summary>
    public static QuotaLimits Unlimited { get; } = new();
}
