using System.Diagnostics;
using System.Globalization;
using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage;
using Imap4.Storage.Sqlite;

namespace Imap4.Benchmarks.Store;

/// <summary>
/// `dotnet Imap4.Benchmarks.dll --store-profile DIR N`: appends N plain-text messages of 2-8 KB straight into the store
/// in batches of 100 (as MULTIAPPEND does), then times SEARCH TEXT for a common, a rare and an absent word and
/// SUBJECT for a rare one. In-process, so it measures the store alone. Not a test.
/// </summary>
public static class StoreProfileRun
{
    private const string Rare = "quixozen";

    public static async Task<int> RunAsync(string directory, int count)
    {
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory);
        IMailbox inbox = await (await store.CreateAccountAsync("profile")).OpenMailboxAsync(MailboxName.Inbox);
        var random = new Random(20261122);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i += 100)
        {
            var batch = new List<AppendRequest>();
            for (int j = i; j < Math.Min(count, i + 100); j++) batch.Add(new AppendRequest(new MemoryStream(Message(random, j))));
            await inbox.AppendAsync(batch);
        }
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"append: {count} messages in {seconds:F2} s = {count / seconds:F0} msg/s"));
        foreach ((string name, SearchKey key) in new (string, SearchKey)[]
        {
            ("TEXT common", new TextSearchKey(TextSearchField.Text, "the")),
            ("TEXT rare", new TextSearchKey(TextSearchField.Text, Rare)),
            ("TEXT absent", new TextSearchKey(TextSearchField.Text, "zyxqvow")),
            ("SUBJECT rare", new TextSearchKey(TextSearchField.Subject, "#1234")),
            ("BODY rare", new TextSearchKey(TextSearchField.Body, "QUIXO")),
        })
        {
            var times = new List<double>();
            int hits = 0;
            for (int run = 0; run < 4; run++)
            {
                clock.Restart();
                hits = 0;
                await foreach (uint _ in inbox.SearchAsync(key)) hits++;
                if (run > 0) times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-13}: {hits,6} hits, median {times[1],8:F1} ms"));
        }
        return 0;
    }

    private static readonly string[] Syllables = ["ba", "be", "bi", "bo", "ca", "ce", "co", "da", "de", "di", "fa", "fe", "ga", "go", "ha", "he", "ka", "ke",
        "la", "le", "li", "ma", "me", "mi", "na", "ne", "pa", "pe", "ra", "re", "sa", "se", "ta", "te", "va", "ve", "wa", "ya"];

    private static byte[] Message(Random random, int index)
    {
        int target = random.Next(2000, 8000);
        var sb = new StringBuilder(target + 600);
        sb.Append(CultureInfo.InvariantCulture, $"From: \"{Word(random)} {Word(random)}\" <sender{index % 211}@example.com>\r\n")
          .Append(CultureInfo.InvariantCulture, $"To: user{index % 17}@example.org\r\nSubject: {Word(random)} {Word(random)} #{index}\r\n")
          .Append(CultureInfo.InvariantCulture, $"Message-ID: <p{index}@example.com>\r\nDate: Thu, 1 Jan 2026 08:00:00 +0000\r\n")
          .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        if (index % 1000 == 0) sb.Append("Keyword ").Append(Rare).Append(" appears here.\r\n");
        while (sb.Length < target)
        {
            sb.Append("the");
            for (int i = 0; i < 11; i++) sb.Append(' ').Append(Word(random));
            sb.Append(".\r\n");
        }
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static string Word(Random random)
    {
        var sb = new StringBuilder();
        int n = random.Next(2, 5);
        for (int i = 0; i < n; i++) sb.Append(Syllables[random.Next(Syllables.Length)]);
        return sb.ToString();
    }
}
