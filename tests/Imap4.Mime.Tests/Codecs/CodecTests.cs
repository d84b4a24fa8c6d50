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
    public void Decodes_encoded_words(string input, string expected) => Assert.Equal(expected, EncodedWords.Decode(input));

    [Fact]
    public void Joins_a_character_split_across_adjacent_words() =>
        Assert.Equal("é", EncodedWords.Decode("=?utf-8?q?=C3?= =?utf-8?q?=A9?="));

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
