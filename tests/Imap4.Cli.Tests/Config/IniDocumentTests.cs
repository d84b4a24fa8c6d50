using Imap4.Cli.Config;

namespace Imap4.Cli.Tests.Config;

public sealed class IniDocumentTests
{
    private const string Sample = """
        # IMAPClient-style file
        [DEFAULT]
        host = mail.example.com
        Port: 993
        ssl = True

        ; a named account inherits DEFAULT
        [work]
        host = imap.work.example
        username = bob
        password = long
          continued
        """;

    [Fact]
    public void NamedSection_InheritsDefault_AndOverridesIt()
    {
        IniDocument ini = IniDocument.Parse(Sample, "test.ini");
        Assert.Equal("imap.work.example", ini.Get("work", "host"));
        Assert.Equal("993", ini.Get("work", "port"));
        Assert.Equal("mail.example.com", ini.Get("DEFAULT", "HOST"));
        Assert.Null(ini.Get("DEFAULT", "username"));
        Assert.Equal(["work"], ini.SectionNames);
        Assert.True(ini.HasSection("DEFAULT"));
        Assert.False(ini.HasSection("Work"));
    }

    [Fact]
    public void IndentedLine_ContinuesTheValue() =>
        Assert.Equal("long\ncontinued", IniDocument.Parse(Sample, "test.ini").Get("work", "password"));

    [Theory]
    [InlineData("host = x", "test.ini:1: a key before any [section]")]
    [InlineData("[DEFAULT]\nhost", "test.ini:2: expected 'key = value'")]
    [InlineData("[DEFAULT]\nhost = a\nHOST = b", "test.ini:3: key 'host' appears twice")]
    [InlineData("[a]\n[a]", "test.ini:2: section [a] appears twice")]
    [InlineData("[DEFAULT", "test.ini:1: a section header must look like [name]")]
    public void MalformedFiles_AreClearErrors(string text, string message)
    {
        FormatException e = Assert.Throws<FormatException>(() => IniDocument.Parse(text, "test.ini"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedFile_IsRefused() =>
        Assert.Throws<FormatException>(() => IniDocument.Parse("[DEFAULT]\n#" + new string('x', IniDocument.MaxLength), "big.ini"));
}
