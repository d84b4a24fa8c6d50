using System.Globalization;
using Imap4.Client;
using Imap4.Mime.Codecs;
using Imap4.Protocol.Fetch;

namespace Imap4.Cli.Client;

/// <summary>The human parts of a fetched message (date, from, subject, flags), decoded, for one-line summaries.</summary>
internal static class MessageSummary
{
    /// <summary>The flags, space-separated.</summary>
    /// <param name="m">The message.</param>
    /// <returns>The text.</returns>
    public static string Flags(FetchResult m) => m.Flags is { } f ? string.Join(' ', f) : "";

    /// <summary>The Date header, else the internal date.</summary>
    /// <param name="m">The message.</param>
    /// <returns>The text.</returns>
    public static string Date(FetchResult m) => m.Envelope?.Date ?? m.InternalDate?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The senders, <c>Name &lt;address&gt;</c>, comma-separated.</summary>
    /// <param name="m">The message.</param>
    /// <returns>The text.</returns>
    public static string From(FetchResult m) =>
        m.Envelope?.From is { Count: > 0 } from ? string.Join(", ", from.Where(a => a.EmailAddress is not null).Select(Person)) : "";

    /// <summary>The decoded subject.</summary>
    /// <param name="m">The message.</param>
    /// <returns>The text.</returns>
    public static string Subject(FetchResult m) => m.Envelope?.Subject is { } s ? EncodedWords.Decode(s) : "";

    private static string Person(Address a) => a.Name is { Length: > 0 } name ? $"{EncodedWords.Decode(name)} <{a.EmailAddress}>" : a.EmailAddress!;
}
