using System.Text;
using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Tests.Codecs;

public sealed class CodecTests
{
    [Theory]
    [InlineData("=?utf-8?q?J=C3=B6rg?= <j@x>", "Jörg <j@x>")]
    [InlineData("=?utf-8?B?w6k=?= =?utf-8?B?w6k=?=", "éé")]
    [InlineData("=?iso-8859-1?q?caf=E9?= bar", "café bar")]
    [InlineData("=?koi8-r?b?8NLJ18XU?=", "Привет")]
    [InlineData("=?utf-8?q?a?= b =?utf-8?q?c?=", "a b c")]
    [InlineData("=?unknown?q?x?=", "=?unknown?q?x?=")]
    [InlineData("=?UTF-8*en?Q?a_b=3F=ZZ?=", "a b?=ZZ")]
    [InlineData("=?utf-8?B?w6k=w6k?=", "éé")]
    [InlineData("=?utf-8?B?w6k?=", "é")]
    [InlineData("=?us-ascii?q?caf=C3=A9?= x", "café x")]
    [InlineData("=?us-ascii?q?caf=E9?=", "café")]
    [InlineData("=?iso-8859-1?q?=E9?= =?utf-8?q?=C3=A9?=", "éé")]
    [InlineData("x =?utf-8?q?a?=y =?utf-8?q?b?=", "x ay b")]
    [InlineData("=?utf-8?q?a?=  \t =?utf-8?q?b?= end", "ab end")]
    [InlineData("=?utf-8?q?a b?=", "=?utf-8?q?a b?=")]
    [InlineData("=?utf-8?x?a?= =?utf-8?q?", "=?utf-8?x?a?= =?utf-8?q?")]
    public void Decodes_encoded_words(string input, string expected) => Assert.Equal(expected, EncodedWords.Decode(input));

    [Fact]
    public void Joins_a_character_split_across_adjacent_words() =>
        Assert.Equal("é", EncodedWords.Decode("=?utf-8?q?=C3?= =?utf-8?q?=A9?="));

    [Fact]
    public void Long_values_and_many_distinct_charsets_decode()
    {
        string word = EncodedWords.Encode(new string('ü', 40));
        string value = string.Join(" x ", Enumerable.Repeat(word, 200));
        Assert.Equal(string.Join(" x ", Enumerable.Repeat(new string('ü', 40), 200)), EncodedWords.Decode(value));
        for (int i = 0; i < Charsets.MaxCachedNames + 50; i++) // unknown names beyond the cache bound still answer correctly
            Assert.Equal($"=?x-none-{i}?q?a?=", EncodedWords.Decode($"=?x-none-{i}?q?a?="));
        Assert.Equal("é", EncodedWords.Decode("=?ISO-8859-1?q?=E9?="));
    }

    [Fact]
    public void Encode_round_trips()
    {
        string text = "Grüße aus Köln, 日本語のテキスト and more text to force several words";
        Assert.Equal(text, EncodedWords.Decode(EncodedWords.Encode(text)));
    }

    [Fact]
    public void Rfc2231_parameters_are_joined_and_decoded()
    {
        var ct = ContentType.Parse(Encoding.ASCII.GetBytes("application/x; name*0*=utf-8''%C3%A9t; name*1*=%C3%A9; title=\"a b\""));
        Assert.Equal("été", ct.Name);
        Assert.Equal("a b", ct.GetParameter("title"));
    }

    [Fact]
    public void Quoted_printable_and_tolerant_base64()
    {
        Assert.Equal("café soft break\r\n", Encoding.Latin1.GetString(QuotedPrintable.Decode("caf=E9 soft=\r\n break\r\n"u8)));
        Assert.Equal("Hello", Encoding.ASCII.GetString(Base64Codec.DecodeTolerant("SGV*sbG8")));
    }
}
