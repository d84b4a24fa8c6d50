using FsCheck;
using FsCheck.Fluent;
using Imap4.Client.Sasl;

namespace Imap4.Client.Tests.Sasl;

public class SaslPrepTests
{
    // RFC 4013 section 3, examples 1 to 5.
    [Theory]
    [InlineData("I\u00adX", "IX")]
    [InlineData("user", "user")]
    [InlineData("USER", "USER")]
    [InlineData("\u00aa", "a")]
    [InlineData("\u2168", "IX")]
    public void Rfc4013_Examples(string input, string expected) => Assert.Equal(expected, SaslPrep.Prepare(input));

    // RFC 4013 section 3, examples 6 (prohibited) and 7 (bidi).
    [Theory]
    [InlineData("\u0007")]
    [InlineData("\u0627\u0031")]
    public void Rfc4013_Error_Examples(string input) =>
        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare(input));

    [Theory]
    [InlineData("a\u00a0b", "a b")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("a\u200bb", "a b")]
    [InlineData("a\u200db\ufeff", "ab")]
    [InlineData("\ufb01", "fi")]
    [InlineData("\u0627\u0628", "\u0627\u0628")]
    [InlineData("\u05d0 1 \u05d1", "\u05d0 1 \u05d1")]
    [InlineData("caf\u0065\u0301", "caf\u00e9")]
    public void Maps_And_Normalises(string input, string expected) => Assert.Equal(expected, SaslPrep.Prepare(input));

    [Theory]
    [InlineData("a\u007f")]
    [InlineData("a\u0085")]
    [InlineData("a\ue000")]
    [InlineData("a\ufdd0")]
    [InlineData("a\uffff")]
    [InlineData("a\ufffd")]
    [InlineData("a\u2ff0")]
    [InlineData("a\u200e")]
    [InlineData("a\u202e")]
    [InlineData("a\U000E0001")]
    [InlineData("a\U0010FFFD")]
    [InlineData("a\ud800")]
    [InlineData("\udc00a")]
    [InlineData("\u0627a\u0628")]
    [InlineData("1\u0627")]
    public void Rejects_Prohibited_And_Bidi_Violations(string input) =>
        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare(input));

    [Fact]
    public void Unassigned_Code_Points_Are_Allowed_In_Query_Strings() =>
        Assert.Equal("a\u0221", SaslPrep.Prepare("a\u0221"));

    [Fact]
    public void Printable_Ascii_Is_Unchanged() =>
        Prop.ForAll(
                Gen.Elements(Enumerable.Range(' ', 95).Select(c => (char)c).ToArray()).ArrayOf().Select(a => new string(a)).ToArbitrary(),
                s => SaslPrep.Prepare(s) == s)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Prepared_Strings_Are_Stable() =>
        Prop.ForAll<string>(s =>
            {
                string prepared;
                try
                {
                    prepared = SaslPrep.Prepare(s ?? string.Empty);
                }
                catch (ArgumentException)
                {
                    return true;
                }

                return SaslPrep.Prepare(prepared) == prepared;
            })
            .QuickCheckThrowOnFailure();
}
