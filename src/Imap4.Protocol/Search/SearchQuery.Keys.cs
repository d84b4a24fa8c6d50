namespace Imap4.Protocol.Search;

public static partial class SearchQuery
{
    private static readonly SimpleSearchKey[] SimpleKeys = CreateSimpleKeys();

    private static SimpleSearchKey[] CreateSimpleKeys()
    {
        var keys = new SimpleSearchKey[SearchKeyNames.Simple.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = new SimpleSearchKey((SimpleSearchKind)i);
        return keys;
    }

    /// <summary>The shared key of a kind without argument.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The key.</returns>
    public static SearchKey Simple(SimpleSearchKind kind) =>
        Enum.IsDefined(kind) ? SimpleKeys[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary><c>ALL</c>.</summary>
    public static SearchKey All => SimpleKeys[(int)SimpleSearchKind.All];

    /// <summary><c>ANSWERED</c>.</summary>
    public static SearchKey Answered => SimpleKeys[(int)SimpleSearchKind.Answered];

    /// <summary><c>DELETED</c>.</summary>
    public static SearchKey Deleted => SimpleKeys[(int)SimpleSearchKind.Deleted];

    /// <summary><c>DRAFT</c>.</summary>
    public static SearchKey Draft => SimpleKeys[(int)SimpleSearchKind.Draft];

    /// <summary><c>FLAGGED</c>.</summary>
    public static SearchKey Flagged => SimpleKeys[(int)SimpleSearchKind.Flagged];

    /// <summary><c>NEW</c> (IMAP4rev1 only).</summary>
    public static SearchKey New => SimpleKeys[(int)SimpleSearchKind.New];

    /// <summary><c>OLD</c> (IMAP4rev1 only).</summary>
    public static SearchKey Old => SimpleKeys[(int)SimpleSearchKind.Old];

    /// <summary><c>RECENT</c> (IMAP4rev1 only).</summary>
    public static SearchKey Recent => SimpleKeys[(int)SimpleSearchKind.Recent];

    /// <summary><c>SEEN</c>.</summary>
    public static SearchKey Seen => SimpleKeys[(int)SimpleSearchKind.Seen];

    /// <summary><c>UNANSWERED</c>.</summary>
    public static SearchKey Unanswered => SimpleKeys[(int)SimpleSearchKind.Unanswered];

    /// <summary><c>UNDELETED</c>.</summary>
    public static SearchKey Undeleted => SimpleKeys[(int)SimpleSearchKind.Undeleted];

    /// <summary><c>UNDRAFT</c>.</summary>
    public static SearchKey Undraft => SimpleKeys[(int)SimpleSearchKind.Undraft];

    /// <summary><c>UNFLAGGED</c>.</summary>
    public static SearchKey Unflagged => SimpleKeys[(int)SimpleSearchKind.Unflagged];

    /// <summary><c>UNSEEN</c>.</summary>
    public static SearchKey Unseen => SimpleKeys[(int)SimpleSearchKind.Unseen];

    /// <summary><c>SAVEDATESUPPORTED</c> (RFC 8514).</summary>
    public static SearchKey SaveDateSupported => SimpleKeys[(int)SimpleSearchKind.SaveDateSupported];

    /// <summary><c>BCC text</c>.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey Bcc(string text) => new TextSearchKey(TextSearchField.Bcc, text);

    /// <summary><c>BODY text</c>.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey Body(string text) => new TextSearchKey(TextSearchField.Body, text);

    /// <summary><c>CC text</c>.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey Cc(string text) => new TextSearchKey(TextSearchField.Cc, text);

    /// <summary><c>FROM text</c>.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey From(string text) => new TextSearchKey(TextSearchField.From, text);

    /// <summary><c>SUBJECT text</c>.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey Subject(string text) => new TextSearchKey(TextSearchField.Subject, text);

    /// <summary><c>TEXT text</c>: header or body.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey Text(string text) => new TextSearchKey(TextSearchField.Text, text);

    /// <summary><c>TO text</c>.</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The key.</returns>
    public static SearchKey To(string text) => new TextSearchKey(TextSearchField.To, text);

    /// <summary><c>X-GM-RAW query</c>: a Gmail search expression.</summary>
    /// <param name="query">The Gmail query, e.g. <c>has:attachment in:unread</c>.</param>
    /// <returns>The key.</returns>
    public static SearchKey GmailRaw(string query) => new TextSearchKey(TextSearchField.GmailRaw, query);

    /// <summary><c>X-GM-LABELS label</c>.</summary>
    /// <param name="label">The Gmail label.</param>
    /// <returns>The key.</returns>
    public static SearchKey GmailLabel(string label) => new TextSearchKey(TextSearchField.GmailLabels, label);

    /// <summary><c>X-GM-MSGID id</c>.</summary>
    /// <param name="id">The Gmail message id.</param>
    /// <returns>The key.</returns>
    public static SearchKey GmailMessageId(ulong id) => new NumberSearchKey(NumberSearchField.GmailMessageId, id);

    /// <summary><c>X-GM-THRID id</c>.</summary>
    /// <param name="id">The Gmail thread id.</param>
    /// <returns>The key.</returns>
    public static SearchKey GmailThreadId(ulong id) => new NumberSearchKey(NumberSearchField.GmailThreadId, id);

    /// <summary><c>LARGER n</c>: size above <paramref name="size"/> octets.</summary>
    /// <param name="size">The size in octets.</param>
    /// <returns>The key.</returns>
    public static SearchKey Larger(ulong size) => new NumberSearchKey(NumberSearchField.Larger, size);

    /// <summary><c>SMALLER n</c>: size below <paramref name="size"/> octets.</summary>
    /// <param name="size">The size in octets.</param>
    /// <returns>The key.</returns>
    public static SearchKey Smaller(ulong size) => new NumberSearchKey(NumberSearchField.Smaller, size);

    /// <summary><c>OLDER n</c> (RFC 5032): arrived more than <paramref name="age"/> ago.</summary>
    /// <param name="age">The age, whole seconds from 1.</param>
    /// <returns>The key.</returns>
    public static SearchKey Older(TimeSpan age) => new NumberSearchKey(NumberSearchField.Older, Seconds(age));

    /// <summary><c>YOUNGER n</c> (RFC 5032): arrived at most <paramref name="age"/> ago.</summary>
    /// <param name="age">The age, whole seconds from 1.</param>
    /// <returns>The key.</returns>
    public static SearchKey Younger(TimeSpan age) => new NumberSearchKey(NumberSearchField.Younger, Seconds(age));

    private static ulong Seconds(TimeSpan age) =>
        age.Ticks > 0 ? (ulong)(age.Ticks / TimeSpan.TicksPerSecond) : throw new ArgumentOutOfRangeException(nameof(age));

    /// <summary><c>BEFORE date</c> (internal date).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey Before(DateOnly date) => new DateSearchKey(DateSearchField.Before, date);

    /// <summary><c>ON date</c> (internal date).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey On(DateOnly date) => new DateSearchKey(DateSearchField.On, date);

    /// <summary><c>SINCE date</c> (internal date).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey Since(DateOnly date) => new DateSearchKey(DateSearchField.Since, date);

    /// <summary><c>SENTBEFORE date</c> (Date header).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey SentBefore(DateOnly date) => new DateSearchKey(DateSearchField.SentBefore, date);

    /// <summary><c>SENTON date</c> (Date header).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey SentOn(DateOnly date) => new DateSearchKey(DateSearchField.SentOn, date);

    /// <summary><c>SENTSINCE date</c> (Date header).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey SentSince(DateOnly date) => new DateSearchKey(DateSearchField.SentSince, date);

    /// <summary><c>SAVEDBEFORE date</c> (RFC 8514).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey SavedBefore(DateOnly date) => new DateSearchKey(DateSearchField.SavedBefore, date);

    /// <summary><c>SAVEDON date</c> (RFC 8514).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey SavedOn(DateOnly date) => new DateSearchKey(DateSearchField.SavedOn, date);

    /// <summary><c>SAVEDSINCE date</c> (RFC 8514).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    public static SearchKey SavedSince(DateOnly date) => new DateSearchKey(DateSearchField.SavedSince, date);
}
