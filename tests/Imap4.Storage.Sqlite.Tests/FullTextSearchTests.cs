using System.Text;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.InMemory;
using Imap4.Storage.Search;
using Imap4.Storage.Tests.Conformance;

namespace Imap4.Storage.Sqlite.Tests;

/// <summary>
/// The SQLite store's text searches (FTS5 trigram pre-filter, exact confirmation) agree with the in-memory reference
/// store on one corpus for many generated queries: substrings of the decoded texts in mixed case, non-ASCII, misses.
/// </summary>
public sealed class FullTextSearchTests : IAsyncLifetime
{
    private static readonly TextSearchField[] Fields =
        [TextSearchField.Text, TextSearchField.Body, TextSearchField.Subject, TextSearchField.From, TextSearchField.To, TextSearchField.Cc];

    private readonly string _directory = TempDirectory.NewPath();
    private readonly string _fullDirectory = TempDirectory.NewPath();
    private readonly string _smallDirectory = TempDirectory.NewPath();
    private SqliteMailStore _sqlite = null!;
    private SqliteMailStore _sqliteFull = null!;
    private SqliteMailStore _sqliteSmall = null!;
    private IMailbox _sqliteInbox = null!;
    private IMailbox _fullInbox = null!;
    private IMailbox _smallInbox = null!;
    private IMailbox _memoryInbox = null!;
    private readonly List<string> _texts = [];

    public async Task InitializeAsync()
    {
        // A small index limit so the corpus also has messages whose body is not indexed and must be read.
        _sqlite = await SqliteMailStore.OpenAsync(_directory, new SqliteMailStoreOptions { MaxIndexedMessageSize = 2000, MinIndexedSearchMailbox = 0 });
        _sqliteInbox = await (await _sqlite.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        // And one with every body indexed, where TEXT and BODY are decided by the index alone, without decoding a row.
        _sqliteFull = await SqliteMailStore.OpenAsync(_fullDirectory, new SqliteMailStoreOptions { MinIndexedSearchMailbox = 0 });
        _fullInbox = await (await _sqliteFull.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        // And the defaults, where a mailbox this small is searched by reading it (no index lookups).
        _sqliteSmall = await SqliteMailStore.OpenAsync(_smallDirectory);
        _smallInbox = await (await _sqliteSmall.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        _memoryInbox = await (await new InMemoryMailStore().CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        foreach (byte[] message in Corpus.Messages())
        {
            await _sqliteInbox.AppendAsync(new MemoryStream(message));
            await _fullInbox.AppendAsync(new MemoryStream(message));
            await _smallInbox.AppendAsync(new MemoryStream(message));
            await _memoryInbox.AppendAsync(new MemoryStream(message));
            var parsed = MimeParser.Parse(message);
            var content = new SearchableContent(parsed, new MemoryStream(message));
            _texts.Add(content.HeaderText);
            _texts.Add(content.BodyText);
        }
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _sqliteFull.DisposeAsync();
        await _sqliteSmall.DisposeAsync();
        TempDirectory.Delete(_directory);
        TempDirectory.Delete(_fullDirectory);
        TempDirectory.Delete(_smallDirectory);
    }

    [Fact]
    public async Task Generated_substring_queries_match_the_reference_store()
    {
        var random = new Random(20240611);
        int hits = 0;
        for (int i = 0; i < 400; i++)
        {
            SearchKey key = new TextSearchKey(Fields[random.Next(Fields.Length)], Needle(random));
            if (i % 5 == 0) key = new AndSearchKey([key, new TextSearchKey(Fields[random.Next(Fields.Length)], Needle(random))]);
            else if (i % 7 == 0) key = new OrSearchKey(key, new TextSearchKey(TextSearchField.Body, Needle(random)));
            else if (i % 11 == 0) key = new NotSearchKey(key);
            List<uint> expected = await _memoryInbox.SearchAsync(key).ToListAsync();
            List<uint> actual = await _sqliteInbox.SearchAsync(key).ToListAsync();
            Assert.True(expected.SequenceEqual(actual), $"{key}: expected [{string.Join(',', expected)}], got [{string.Join(',', actual)}]");
            List<uint> full = await _fullInbox.SearchAsync(key).ToListAsync();
            Assert.True(expected.SequenceEqual(full), $"{key} (all indexed): expected [{string.Join(',', expected)}], got [{string.Join(',', full)}]");
            List<uint> small = await _smallInbox.SearchAsync(key).ToListAsync();
            Assert.True(expected.SequenceEqual(small), $"{key} (read, not looked up): expected [{string.Join(',', expected)}], got [{string.Join(',', small)}]");
            if (expected.Count > 0) hits++;
        }
        Assert.True(hits > 150, $"only {hits} queries found something: the generator is too weak");
    }

    [Theory]
    [InlineData("STRASSE")]
    [InlineData("straße")]
    [InlineData("ΣΟΦΊΑ")]
    [InlineData("σοφία")]
    [InlineData("istanbul")]
    [InlineData("İSTANBUL")]
    [InlineData("ıi")]
    [InlineData("日本語")]
    [InlineData("😀 smile")]
    [InlineData("ÉCOLE")]
    [InlineData("\"quoted\" word")]
    [InlineData("a\"b")]
    [InlineData("-")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    public async Task Unicode_and_syntax_needles_match_the_reference_store(string needle)
    {
        foreach (TextSearchField field in Fields)
        {
            var key = new TextSearchKey(field, needle);
            List<uint> expected = await _memoryInbox.SearchAsync(key).ToListAsync();
            Assert.Equal(expected, await _sqliteInbox.SearchAsync(key).ToListAsync());
            Assert.Equal(expected, await _fullInbox.SearchAsync(key).ToListAsync());
            Assert.Equal(expected, await _smallInbox.SearchAsync(key).ToListAsync());
        }
    }

    // A substring of some decoded text in random case, or now and then a string found nowhere.
    private string Needle(Random random)
    {
        if (random.Next(8) == 0) return "zq" + random.Next(1000) + "qz";
        string text = _texts[random.Next(_texts.Count)];
        if (text.Length == 0) return "";
        int length = Math.Min(text.Length, 1 + random.Next(12));
        int start = random.Next(text.Length - length + 1);
        if (char.IsLowSurrogate(text[start])) start--;
        if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length++;
        string slice = text.Substring(Math.Max(0, start), Math.Min(length, text.Length - Math.Max(0, start)));
        var sb = new StringBuilder(slice.Length);
        foreach (char ch in slice) sb.Append(random.Next(3) switch { 0 => char.ToUpperInvariant(ch), 1 => char.ToLowerInvariant(ch), _ => ch });
        return sb.ToString();
    }

    /// <summary>The messages both stores hold.</summary>
    private static class Corpus
    {
        private static readonly string[] Words =
        [
            "alpha", "Beta", "GAMMA", "straße", "Grüße", "École", "σοφία", "ΣΟΦΙΑ", "λόγος", "İstanbul", "ıspanak", "日本語", "テキスト",
            "😀", "smile", "naïve", "café", "Ærø", "ﬁle", "ǅemal", "quoted", "\"quoted\"", "a\"b", "NEAR(x", "*", "-", "Ω", "ω",
        ];

        public static IEnumerable<byte[]> Messages()
        {
            yield return TestMessages.Multipart();
            yield return TestMessages.Simple("Instruments", body: "The xylophone plays.\r\n");
            var random = new Random(7);
            for (int i = 0; i < 30; i++)
            {
                string subject = Pick(random, 3);
                string body = Pick(random, 12) + "\r\n" + Pick(random, 8) + "\r\n";
                if (i % 6 == 0) body += new string('z', 2500) + "\r\n"; // over the test's index limit
                string from = $"{Pick(random, 1)} <user{i}@example.com>";
                if (i % 3 == 0) yield return Encoded(subject, body, from);
                else yield return TestMessages.Simple(subject, body: body, from: from, headers: [$"Cc: {Pick(random, 2)} <cc{i}@example.net>"]);
            }
        }

        private static string Pick(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));

        // Encoded-word subject and base64 UTF-8 body: the index must see decoded text.
        private static byte[] Encoded(string subject, string body, string from) => Encoding.ASCII.GetBytes(string.Join("\r\n",
            "From: " + from,
            "To: Team <team@example.org>",
            "Subject: =?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(subject)) + "?=",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(body)),
            ""));
    }
}
