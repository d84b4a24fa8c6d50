namespace Imap4.Protocol.Tests.Rfc;

/// <summary>
/// RFC transcript lines that are not valid IMAP as printed, each with the reason. Lines with an elision ("..." or "[...]")
/// are not listed: <see cref="IsElided"/> leaves them out of the replay.
/// </summary>
public static class RfcReplayExceptions
{
    private const string EditorialNote = "an editorial note in parentheses stands where a continuation line would";
    private const string UnknownOnPurpose = "the RFC's example of an unknown extension command (a server answers BAD)";
    private const string MissingOk = "typo in the RFC: the tagged response lacks OK";
    private const string MissingParen = "typo in the RFC: the FETCH response lacks its closing parenthesis";
    private const string NoSortCriteria = "invalid by RFC 5256: SORT without sort criteria (RFC 5267's example omits them)";

    /// <summary>Client lines (file, line) expected to fail parsing.</summary>
    public static readonly Dictionary<(string, int), string> Client = new()
    {
        [("rfc4959.txt", 155)] = EditorialNote,
        [("rfc4959.txt", 191)] = EditorialNote,
        [("rfc5267.txt", 356)] = NoSortCriteria,
        [("rfc5267.txt", 380)] = NoSortCriteria,
        [("rfc5267.txt", 539)] = "CANCELUPDATE belongs to CONTEXT=SEARCH, which is not implemented",
        [("rfc4314.txt", 474)] = "the RFC shows the server answering BAD: upper-case rights are invalid",
        [("rfc9051.txt", 4866)] = UnknownOnPurpose,
        [("rfc3501.txt", 3449)] = UnknownOnPurpose,
    };

    /// <summary>Server lines (file, line) expected to fail parsing or stay raw.</summary>
    public static readonly Dictionary<(string, int), string> Server = new()
    {
        [("rfc9051.txt", 4867)] = "the RFC's example of an unknown untagged response: kept raw, as it must be",
        [("rfc3501.txt", 3450)] = "the RFC's example of an unknown untagged response: kept raw, as it must be",
        [("rfc6851.txt", 196)] = "a placeholder, \"(more expunges)\", not a response",
        [("rfc5032.txt", 106)] = "typo in the RFC: \"a1 * SEARCH\" mixes a tag with an untagged response",
        [("rfc4314.txt", 578)] = MissingOk,
        [("rfc4314.txt", 819)] = MissingOk,
        [("rfc4314.txt", 809)] = MissingParen,
        [("rfc4314.txt", 810)] = MissingParen,
        [("rfc4314.txt", 811)] = MissingParen,
    };

    /// <summary>True when the RFC elides part of the line ("...", "....", "[...]"): not replayable as written.</summary>
    public static bool IsElided(RfcExample example) => example.Text.Contains("...", StringComparison.Ordinal);
}
