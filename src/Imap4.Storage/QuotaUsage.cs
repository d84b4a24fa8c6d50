namespace Imap4.Storage;

/// <summary>An account's quota usage and limits (GETQUOTA, GETQUOTAROOT).</summary>
/// <param name="StorageBytes">Total RFC822.SIZE of all messages of the account.</param>
/// <param name="Messages">Number of messages in all mailboxes.</param>
/// <param name="Limits">The limits.</param>
public sealed record QuotaUsage(long StorageBytes, long Messages, QuotaLimits Limits)
{
    /// <summary>STORAGE usage in units of 1024 octets, rounded up.</summary>
    public long StorageKiB => (StorageBytes + 1023) / 1024;
}
