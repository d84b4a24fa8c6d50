namespace Imap4.Client;

/// <summary>
/// Tolerances for servers that break the protocol, all in one place (set on
/// <see cref="ImapConnectionOptions.Quirks"/>). Off by default: each hides a class of errors from a correct server.
/// </summary>
/// <remarks>
/// Always tolerated, without a switch, because the typed readers accept them and nothing is lost: NIL for the subtype,
/// encoding or a parameter value in BODYSTRUCTURE, <c>NIL</c> body line counts, a one-digit day without the leading
/// space in INTERNALDATE, Gmail's <c>X-GM-LABELS</c> with quoted system labels (<c>"\\Important"</c>), and Yahoo's
/// LIST naming the inbox <c>"Inbox"</c> (INBOX is case-insensitive, so every spelling is reported as <c>INBOX</c>).
/// </remarks>
public sealed record ImapClientQuirks
{
    /// <summary>No tolerance beyond the always-tolerated deviations: the default.</summary>
    public static ImapClientQuirks None { get; } = new();

    /// <summary>
    /// Accept a lone LF as a line end in server responses (some small or embedded servers and proxies send it).
    /// Without it such a response is a protocol error that closes the connection.
    /// </summary>
    public bool TolerateBareLineFeed { get; init; }

    /// <summary>
    /// In <see cref="ImapClient.FetchAsync(MessageSet, IReadOnlyList{Imap4.Protocol.Fetch.FetchAttribute}, FetchOptions?, CancellationToken)"/>
    /// with UIDs, also yield FETCH responses that lack the UID RFC 9051 requires (some servers omit it); their
    /// <see cref="FetchResult.Uid"/> is null. Without it they are taken for unsolicited flag updates and not yielded.
    /// </summary>
    public bool AcceptFetchWithoutUid { get; init; }

    /// <summary>
    /// Read BODYSTRUCTURE parts whose media type and subtype are both NIL (Exchange sends <c>(NIL NIL ...</c> for
    /// some parts) as application/octet-stream. Without it such a FETCH response cannot be typed and is dropped
    /// (it arrives as a raw update).
    /// </summary>
    public bool RepairNilMediaTypes { get; init; }

    /// <summary>
    /// Ask for <c>BODY[]</c> wherever the caller's FETCH asks for <c>RFC822</c> (the same data, \Seen set alike), and
    /// report the answer as both items. iCloud (imap.mail.me.com) accepts <c>FETCH (RFC822)</c> but answers without the
    /// RFC822 item, so the message body is silently missing. Without it RFC822 is sent as asked.
    /// </summary>
    public bool FetchRfc822AsBody { get; init; }
}
