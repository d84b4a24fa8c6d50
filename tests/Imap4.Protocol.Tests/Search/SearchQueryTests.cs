using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Search.SearchQuery;

namespace Imap4.Protocol.Tests.Search;

public class SearchQueryTests
{
    private static string Search(SearchKey key, ImapWriterOptions? options = null) =>
        Wire.WriteCommand(new SearchCommand(key), "A1", options);

    [Fact]
    public void And_of_keys_is_the_bare_program()
    {
        SearchKey q = From("alice") & Since(new DateOnly(2024, 1, 1)) & !Seen;
        Assert.Equal("A1 SEARCH FROM \"alice\" SINCE 1-Jan-2024 NOT SEEN", Search(q));
        Assert.Equal(3, Assert.IsType<AndSearchKey>(q).Keys.Count); // flattened
    }

    [Fact]
    public void Or_takes_operands_without_parentheses_and_groups_only_ands()
    {
        Assert.Equal("OR FROM \"alice\" SEEN", (From("alice") | Seen).ToString());
        Assert.Equal("OR (FROM \"a\" SEEN) DELETED", ((From("a") & Seen) | Deleted).ToString());
        Assert.Equal("NOT (FROM \"a\" SEEN)", (!(From("a") & Seen)).ToString());
        Assert.Equal("NOT OR SEEN DELETED", (!(Seen | Deleted)).ToString());
    }

    [Fact]
    public void Or_of_many_is_balanced()
    {
        Assert.Equal("OR OR SEEN DELETED OR DRAFT FLAGGED", Or(Seen, Deleted, Draft, Flagged).ToString());
        Assert.Equal("OR SEEN OR DELETED DRAFT", Or(Seen, Deleted, Draft).ToString());
        Assert.Same(Seen, Or(Seen));
        SearchKey many = Or([.. Enumerable.Range(1, 1000).Select(i => Uid(new UidSet((uint)i)))]);
        // Depth 10 parses under the strict server default of 64 nesting levels.
        var parsed = Assert.IsType<SearchCommand>(Wire.ParseCommand(Search(many), ImapLimits.ServerDefault));
        Assert.Equal(many, parsed.Criteria);
    }

    [Fact]
    public void Not_of_not_cancels_and_and_flattens()
    {
        Assert.Same(Seen, !!Seen);
        SearchKey a = From("a"), b = To("b"), c = Cc("c"), d = Bcc("d");
        Assert.Equal(new AndSearchKey([a, b, c, d]), (a & b) & (c & d));
        Assert.Same(a, And(a));
        Assert.Throws<ArgumentException>(() => And());
        Assert.Throws<ArgumentException>(() => Or());
    }

    [Fact]
    public void Every_key_has_its_wire_form()
    {
        var date = new DateOnly(2024, 3, 9);
        (SearchKey Key, string Wire)[] cases =
        [
            (All, "ALL"), (Answered, "ANSWERED"), (Deleted, "DELETED"), (Draft, "DRAFT"), (Flagged, "FLAGGED"),
            (New, "NEW"), (Old, "OLD"), (Recent, "RECENT"), (Seen, "SEEN"), (Unanswered, "UNANSWERED"),
            (Undeleted, "UNDELETED"), (Undraft, "UNDRAFT"), (Unflagged, "UNFLAGGED"), (Unseen, "UNSEEN"),
            (SaveDateSupported, "SAVEDATESUPPORTED"),
            (Bcc("x"), "BCC \"x\""), (Body("x y"), "BODY \"x y\""), (Cc("x"), "CC \"x\""), (From("x"), "FROM \"x\""),
            (Subject("\"q\""), "SUBJECT \"\\\"q\\\"\""), (Text(""), "TEXT \"\""), (To("x"), "TO \"x\""),
            (Header("X-Foo", "bar"), "HEADER X-Foo \"bar\""),
            (Before(date), "BEFORE 9-Mar-2024"), (On(date), "ON 9-Mar-2024"), (Since(date), "SINCE 9-Mar-2024"),
            (SentBefore(date), "SENTBEFORE 9-Mar-2024"), (SentOn(date), "SENTON 9-Mar-2024"),
            (SentSince(date), "SENTSINCE 9-Mar-2024"), (SavedBefore(date), "SAVEDBEFORE 9-Mar-2024"),
            (SavedOn(date), "SAVEDON 9-Mar-2024"), (SavedSince(date), "SAVEDSINCE 9-Mar-2024"),
            (Larger(50000), "LARGER 50000"), (Smaller(4096), "SMALLER 4096"),
            (Older(TimeSpan.FromDays(3)), "OLDER 259200"), (Younger(TimeSpan.FromHours(1)), "YOUNGER 3600"),
            (Keyword(Flag.Junk), "KEYWORD $Junk"), (Unkeyword("$Junk"), "UNKEYWORD $Junk"),
            (Uid(new UidSet(1, 5)), "UID 1:5"), (Uid(SequenceSet.SavedResult), "UID $"),
            (Messages(SequenceSet.Parse("2,4:*")), "2,4:*"), (SavedResult, "$"),
            (ModSeq(620162338), "MODSEQ 620162338"),
            (ModSeq(5, Flag.Draft, ModSeqEntryType.Private), "MODSEQ \"/flags/\\\\Draft\" priv 5"),
            (EmailId("M6d99ac3275bb4e"), "EMAILID M6d99ac3275bb4e"), (ThreadId("T64b478a75b7ea9"), "THREADID T64b478a75b7ea9"),
            (GmailRaw("has:attachment in:unread"), "X-GM-RAW \"has:attachment in:unread\""),
            (GmailMessageId(1278455344230334865), "X-GM-MSGID 1278455344230334865"),
            (GmailThreadId(1266894439832287888), "X-GM-THRID 1266894439832287888"),
            (GmailLabel("\\Inbox"), "X-GM-LABELS \"\\\\Inbox\""),
            (HasFlag(Flag.Seen), "SEEN"), (LacksFlag(Flag.Seen), "UNSEEN"), (LacksFlag(Flag.Recent), "OLD"),
            (HasFlag(new Flag("work")), "KEYWORD work"),
        ];
        foreach ((SearchKey key, string wire) in cases)
        {
            Assert.Equal(wire, key.ToString());
            var reader = new ImapReader(Wire.Bytes(wire));
            Assert.Equal(key, SearchKey.Read(ref reader));
            Assert.True(reader.End);
        }
    }

    [Fact]
    public void Non_ascii_text_adds_charset_unless_utf8_is_enabled()
    {
        SearchKey q = From("Jörg") & Unseen;
        Assert.True(q.RequiresCharset);
        Assert.False((From("Joerg") & Unseen).RequiresCharset);
        Assert.Equal("A1 SEARCH CHARSET UTF-8 FROM {5}\r\nJörg UNSEEN", Search(q));
        Assert.Equal("A1 SEARCH FROM \"Jörg\" UNSEEN", Search(q, new ImapWriterOptions { Utf8 = true }));
        Assert.Equal("A1 SEARCH UNSEEN", Search(Unseen));
        Assert.Equal("A1 SEARCH CHARSET KOI8-R UNSEEN", Wire.WriteCommand(new SearchCommand(Unseen) { Charset = "KOI8-R" }, "A1"));
        Assert.True((!Header("Subject", "ü")).RequiresCharset);
    }

    [Fact]
    public void Commands_write_their_options()
    {
        var search = new SearchCommand(Flagged & Since(new DateOnly(1994, 2, 1)))
        {
            IsUid = true,
            Return = SearchReturnOptions.Of(SearchReturnOption.Min, SearchReturnOption.Partial(new PartialResultRange(-1, -100))),
        };
        Assert.Equal("A1 UID SEARCH RETURN (MIN PARTIAL -1:-100) FLAGGED SINCE 1-Feb-1994", Wire.WriteCommand(search, "A1"));
        var sort = new SortCommand([SortCriterion.Descending(SortKey.Date), new SortCriterion(SortKey.DisplayFrom)], Undeleted)
        {
            Return = SearchReturnOptions.Of(SearchReturnOption.Count),
        };
        Assert.Equal("A2 SORT RETURN (COUNT) (REVERSE DATE DISPLAYFROM) UTF-8 UNDELETED", Wire.WriteCommand(sort, "A2"));
        var thread = new ThreadCommand(ThreadAlgorithm.OrderedSubject, All) { IsUid = true, Charset = "US-ASCII" };
        Assert.Equal("A3 UID THREAD ORDEREDSUBJECT US-ASCII ALL", Wire.WriteCommand(thread, "A3"));
        Assert.Equal(sort, Wire.ParseCommand(Wire.WriteCommand(sort, "A2")));
        Assert.Equal(search, Wire.ParseCommand(Wire.WriteCommand(search, "A1")));
        Assert.Equal(thread, Wire.ParseCommand(Wire.WriteCommand(thread, "A3")));
    }

    [Fact]
    public void Invalid_values_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => Keyword(Flag.Seen));
        Assert.Throws<ArgumentException>(() => HasFlag(Flag.Wildcard));
        Assert.Throws<ArgumentException>(() => From("a\0b"));
        Assert.Throws<ArgumentException>(() => EmailId("bad id"));
        Assert.Throws<ArgumentException>(() => EmailId(new string('a', 256)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Older(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Larger(ulong.MaxValue));
        Assert.Throws<ArgumentException>(() => new ModSeqSearchKey(1, "/other/x"));
        Assert.Throws<ArgumentException>(() => new AndSearchKey([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialResultRange(1, -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialResultRange(0, 5));
        Assert.Throws<ArgumentException>(() => new SearchReturnOption("PARTIAL", "1:x"));
        Assert.Throws<ArgumentException>(() => new SearchReturnOption("X", "(a"));
        Assert.Throws<ArgumentException>(() => new SearchCommand(All) { Charset = "UTF-8\r\n" });
        Assert.Throws<ArgumentException>(() => new SortCommand([], All));
        Assert.Throws<ArgumentException>(() => new ThreadAlgorithm("A B"));
        Assert.Throws<ArgumentException>(() => new Protocol.Responses.ThreadNode([], []));
    }
}
