using Imap4.Protocol.Responses;

namespace Imap4.Storage;

/// <summary>Maps store errors to IMAP response codes.</summary>
public static class MailStoreErrorExtensions
{
    /// <summary>The response code a server puts in its tagged NO for this error.</summary>
    /// <param name="error">The error.</param>
    public static ResponseCode ToResponseCode(this MailStoreError error) => error switch
    {
        MailStoreError.NonExistent => ResponseCode.NonExistent,
        MailStoreError.AlreadyExists => ResponseCode.AlreadyExists,
        MailStoreError.TryCreate => ResponseCode.TryCreate,
        MailStoreError.OverQuota => ResponseCode.OverQuota,
        MailStoreError.Limit => ResponseCode.Limit,
        MailStoreError.TooBig => ResponseCode.TooBig,
        MailStoreError.Cannot => ResponseCode.Cannot,
        MailStoreError.InUse => ResponseCode.InUse,
        MailStoreError.NoPerm => ResponseCode.NoPerm,
        MailStoreError.ExpungeIssued => ResponseCode.ExpungeIssued,
        MailStoreError.HasChildren => ResponseCode.HasChildren,
        MailStoreError.Unavailable => ResponseCode.Unavailable,
        MailStoreError.Corruption => ResponseCode.Corruption,
        _ => throw new ArgumentOutOfRangeException(nameof(error)),
    };
}
