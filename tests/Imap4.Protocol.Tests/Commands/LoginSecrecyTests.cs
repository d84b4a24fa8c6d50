using Imap4.Protocol.Commands;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Tests.Commands.CommandKit;

namespace Imap4.Protocol.Tests.Commands;

public class LoginSecrecyTests
{
    [Fact]
    public void Password_with_crlf_is_written_as_a_literal_and_never_shown()
    {
        var login = new LoginCommand("fred", "sec\r\nret");
        string wire = Write(login, "a1");
        Assert.Equal("a1 LOGIN fred {8}\r\nsec\r\nret\r\n", wire);
        Assert.Equal(login, ParseAs<LoginCommand>(wire));
        string shown = login.ToString();
        Assert.DoesNotContain("sec", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("ret", shown, StringComparison.Ordinal);
        Assert.Contains("fred", shown, StringComparison.Ordinal);
        Assert.Contains("***", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_is_not_shown_even_when_plain()
    {
        var login = new LoginCommand("SMITH", "SESAME");
        Assert.DoesNotContain("SESAME", login.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SESAME", new TaggedCommand("a", login).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_password_is_a_literal_without_utf8_and_quoted_with_it()
    {
        var login = new LoginCommand("jörg", "pässword");
        Assert.Equal("a LOGIN {5}\r\njörg {9}\r\npässword\r\n", Write(login, "a"));
        Assert.Equal("a LOGIN \"jörg\" \"pässword\"\r\n", Write(login, "a", ImapWriterOptions.Client with { Utf8 = true }));
        Assert.Equal(login, ParseAs<LoginCommand>("a LOGIN \"jörg\" \"pässword\"\r\n"));
    }

    [Fact]
    public void Authenticate_initial_response_is_not_shown()
    {
        var auth = new AuthenticateCommand("PLAIN", "\0fred\0SESAME"u8.ToArray());
        Assert.DoesNotContain("SESAME", auth.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AGZyZWQAU0VTQU1F", auth.ToString(), StringComparison.Ordinal);
        Assert.Equal("a AUTHENTICATE PLAIN AGZyZWQAU0VTQU1F\r\n", Write(auth, "a"));
    }
}
