using Imap4.Storage.Sqlite.Search;

namespace Imap4.Storage.Sqlite.Tests;

/// <summary>
/// The index narrows correctly only if folding keeps every case-insensitive (ordinal) match: characters that
/// <see cref="StringComparison.OrdinalIgnoreCase"/> calls equal must fold to the same character.
/// </summary>
public sealed class FullTextFoldTests
{
    [Fact]
    public void Folding_agrees_with_ordinal_ignore_case_over_the_bmp()
    {
        var failures = new List<string>();
        for (int i = 0; i <= 0xFFFF; i++)
        {
            char c = (char)i;
            if (char.IsSurrogate(c)) continue;
            string s = c.ToString();
            foreach (string other in new[] { s.ToUpperInvariant(), s.ToLowerInvariant(), FullText.Fold(s) })
                if (string.Equals(s, other, StringComparison.OrdinalIgnoreCase) && FullText.Fold(s) != FullText.Fold(other))
                    failures.Add($"U+{i:X4}");
        }
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("straße", "STRASSE", false)] // no full case folding in IMAP's comparison either
    [InlineData("ΣΟΦΊΑ", "σοφία", true)]
    [InlineData("𐐨𐐩", "𐐀𐐁", true)] // Deseret, outside the BMP
    public void Folding_matches_what_the_evaluator_matches(string haystack, string needle, bool expected)
    {
        Assert.Equal(expected, haystack.Contains(needle, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, FullText.Fold(haystack).Contains(FullText.Fold(needle), StringComparison.Ordinal));
    }
}
