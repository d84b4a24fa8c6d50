using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class ModifiedUtf7Tests
{
    [Theory]
    [InlineData("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-")] // RFC 3501 5.1.3
    [InlineData("&", "&-")]
    [InlineData("a&b", "a&-b")]
    [InlineData("Entwürfe", "Entw&APw-rfe")]
    [InlineData("台北", "&U,BTFw-")]
    [InlineData("INBOX", "INBOX")]
    [InlineData("", "")]
    [InlineData("ä", "&AOQ-")]
    [InlineData("ää", "&AOQA5A-")]
    [InlineData("\U0001F600", "&2D3eAA-")] // astral plane: surrogate pair in one shift
    [InlineData("a\tb", "a&AAk-b")] // control characters are not printable: they are encoded
    [InlineData("Hi Mom -☺-!", "Hi Mom -&Jjo--!")] // RFC 2152-style example adapted to modified UTF-7
    public void Encodes_and_decodes_known_vectors(string unicode, string encoded)
    {
        Assert.Equal(encoded, ModifiedUtf7.Encode(unicode));
        Assert.Equal(unicode, ModifiedUtf7.Decode(encoded));
        Assert.True(ModifiedUtf7.TryDecode(encoded, out string? decoded));
        Assert.Equal(unicode, decoded);
    }

    [Theory]
    [InlineData("&", "unterminated")]
    [InlineData("abc&U,BTFw", "unterminated")]
    [InlineData("&U,B*Fw-", "non-base64")]
    [InlineData("&AGE-", "printable ASCII 'a'")]
    [InlineData("&ACY-", "'&' must be &-")]
    [InlineData("&AOQ-&AOQ-", "adjacent shifts")]
    [InlineData("&AOR-", "non-zero padding bits")]
    [InlineData("&2D0-", "lone high surrogate")]
    [InlineData("&3gA-", "lone low surrogate")]
    [InlineData("&AO-", "odd byte count")]
    [InlineData("&AOQA-", "odd byte count (3 bytes)")]
    [InlineData("&A-", "superfluous character")]
    [InlineData("ä", "raw non-ASCII")]
    [InlineData("a\tb", "raw control character")]
    [InlineData("&AOQ/-", "'/' is not modified base64")]
    public void Rejects_illegal_encodings(string encoded, string why)
    {
        Assert.False(ModifiedUtf7.TryDecode(encoded, out _), why);
        Assert.Throws<FormatException>(() => ModifiedUtf7.Decode(encoded));
    }

    [Fact]
    public void Shift_after_escaped_ampersand_is_allowed()
    {
        Assert.Equal("&ä", ModifiedUtf7.Decode("&-&AOQ-"));
        Assert.Equal("&-&AOQ-", ModifiedUtf7.Encode("&ä"));
        Assert.Equal("ä-ä", ModifiedUtf7.Decode("&AOQ--&AOQ-"));
    }

    [Fact]
    public void Encoding_a_lone_surrogate_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => ModifiedUtf7.Encode("a\uD800b"));
        Assert.Throws<ArgumentException>(() => ModifiedUtf7.Encode("\uDC00"));
    }

    [Fact]
    public void TryDecode_of_null_is_false() => Assert.False(ModifiedUtf7.TryDecode(null, out _));

    private static readonly Gen<int> CodePoint = Gen.Frequency(
        (4, Gen.Choose(0x20, 0x7E)),
        (2, Gen.Elements(0x26, 0x2D, 0x2C, 0x2B)), // '&', '-', ',', '+'
        (1, Gen.Choose(0x00, 0x1F)),
        (3, Gen.Choose(0x80, 0xD7FF)),
        (1, Gen.Choose(0xE000, 0xFFFF)),
        (2, Gen.Choose(0x10000, 0x10FFFF)));

    private static readonly Arbitrary<string> UnicodeStrings =
        CodePoint.ArrayOf().Select(cps =>
        {
            var sb = new StringBuilder();
            foreach (int cp in cps) sb.Append(char.ConvertFromUtf32(cp));
            return sb.ToString();
        }).ToArbitrary();

    [Fact]
    public void Any_well_formed_string_round_trips() =>
        Prop.ForAll(UnicodeStrings, s =>
        {
            string encoded = ModifiedUtf7.Encode(s);
            return encoded.All(c => c is >= ' ' and <= '~') && ModifiedUtf7.Decode(encoded) == s;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_generated_string_round_trips_or_is_rejected_for_lone_surrogates() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            if (s is null) return true;
            // UTF-8 round-trips exactly when there is no lone surrogate (those become U+FFFD).
            bool wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) == s;
            if (!wellFormed) return Throws(() => ModifiedUtf7.Encode(s));
            return ModifiedUtf7.Decode(ModifiedUtf7.Encode(s)) == s;
        }).QuickCheckThrowOnFailure();

    private static bool Throws(Action action)
    {
        try { action(); return false; }
        catch (ArgumentException) { return true; }
    }

    // Strictness: whatever decodes must be the one canonical encoding of its result.
    [Fact]
    public void Every_accepted_encoding_is_canonical() =>
        Prop.ForAll(Gen.Elements('&', '-', 'A', 'O', 'Q', 'U', ',', 'B', '2', 'D', '3', 'g', 'a', '+', 'E').ArrayOf()
                .Select(cs => new string(cs)).ToArbitrary(),
            s => !ModifiedUtf7.TryDecode(s, out string? d) || ModifiedUtf7.Encode(d) == s)
            .QuickCheckThrowOnFailure();
}
