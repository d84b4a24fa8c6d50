using System.Globalization;
using System.Text;

namespace Imap4.LoadTest;

/// <summary>
/// Deterministic test messages (same seed, same bytes, for every server): plain-text mail of 2–8 KB from a vocabulary of
/// 4 000 made-up words with a Zipf-like frequency, so that a few words are common and most are rare. The made-up words
/// never contain q, x or z, so <see cref="RareWord"/> (in every 1 000th message) and <see cref="AbsentWord"/> (in none)
/// cannot match inside other words under IMAP's substring SEARCH.
/// </summary>
public sealed class Corpus
{
    /// <summary>The most frequent word: in nearly every message.</summary>
    public const string CommonWord = "the";

    /// <summary>In messages whose index is a multiple of 1 000 (index 0 included).</summary>
    public const string RareWord = "quixozen";

    /// <summary>In no message.</summary>
    public const string AbsentWord = "zyxqvow";

    private static readonly string[] Syllables =
        ["ba", "be", "bi", "bo", "ca", "ce", "co", "da", "de", "di", "do", "fa", "fe", "fi", "ga", "go", "ha", "he", "hi",
         "ka", "ke", "ko", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "pi", "po",
         "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "wa", "we", "ya", "yo"];

    private readonly string[] _words;
    private readonly double[] _cumulative;
    private readonly int _seed;

    /// <summary>Builds the vocabulary from the seed.</summary>
    public Corpus(int seed = 20261122)
    {
        _seed = seed;
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal) { CommonWord, "and", "report", "meeting", "budget", "project" };
        while (words.Count < 4000)
        {
            var sb = new StringBuilder();
            int n = random.Next(2, 5);
            for (int i = 0; i < n; i++) sb.Append(Syllables[random.Next(Syllables.Length)]);
            words.Add(sb.ToString());
        }
        _words = [.. words];
        _cumulative = new double[_words.Length];
        double total = 0;
        for (int i = 0; i < _words.Length; i++) _cumulative[i] = total += 1.0 / (i + 1);
        for (int i = 0; i < _words.Length; i++) _cumulative[i] /= total;
    }

    /// <summary>Message number <paramref name="index"/>: the same bytes on every call.</summary>
    public byte[] Message(int index)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + index)); // not HashCode: that is randomized per process
        int target = random.Next(2000, 8000);
        var sb = new StringBuilder(target + 600);
        sb.Append(CultureInfo.InvariantCulture, $"From: \"{Word(random)} {Word(random)}\" <sender{index % 211}@example.com>\r\n")
          .Append(CultureInfo.InvariantCulture, $"To: user{index % 17}@example.org\r\n")
          .Append(CultureInfo.InvariantCulture, $"Subject: {Line(random, 6)} #{index}\r\n")
          .Append(CultureInfo.InvariantCulture, $"Message-ID: <bench{index}@example.com>\r\n")
          .Append(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(index).ToString("ddd, d MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture).Insert(0, "Date: ")).Append("\r\n")
          .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        if (index % 1000 == 0) sb.Append("Keyword ").Append(RareWord).Append(" appears here.\r\n");
        while (sb.Length < target) sb.Append(Line(random, 12)).Append(".\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>How many of the first <paramref name="count"/> messages hold <see cref="RareWord"/>.</summary>
    public static int RareCount(int count) => count <= 0 ? 0 : (count - 1) / 1000 + 1;

    private string Line(Random random, int words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.Append(i == 0 ? "" : " ").Append(Word(random));
        return sb.ToString();
    }

    private string Word(Random random)
    {
        int i = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(i < 0 ? ~i : i, _words.Length - 1)];
    }
}
