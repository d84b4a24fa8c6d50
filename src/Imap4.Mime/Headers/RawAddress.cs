namespace Imap4.Mime.Headers;

/// <summary>
/// One item of an address list as IMAP ENVELOPE reports it (RFC 3501 7.4.2): a mailbox, or a group start
/// (Mailbox = group name, Host null) or group end (all null). Bytes are raw: encoded words are not decoded.
/// </summary>
internal sealed record RawAddress(byte[]? Name, byte[]? Route, byte[]? Mailbox, byte[]? Host)
{
    public static RawAddress GroupEnd { get; } = new(null, null, null, null);

    public bool IsGroupMarker => Host is null;
}
