using System.Text.RegularExpressions;

namespace Imap4.Cli.Tests.Serve;

/// <summary>What <c>imap4 serve</c> printed: the bound ports and, on first start, the demo password.</summary>
internal sealed partial record ServeOutput(int Port, int TlsPort, string? DemoPassword)
{
    public const string ReadyMarker = "Press Ctrl+C to stop.";

    public static ServeOutput Parse(string text)
    {
        Match plain = PlainLine().Match(text);
        Match tls = TlsLine().Match(text);
        Assert.True(plain.Success, "no plain listener line in: " + text);
        Match password = PasswordLine().Match(text);
        return new ServeOutput(
            int.Parse(plain.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            tls.Success ? int.Parse(tls.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
            password.Success ? password.Groups[1].Value : null);
    }

    [GeneratedRegex(@"imap  127\.0\.0\.1:(\d+)")]
    private static partial Regex PlainLine();

    [GeneratedRegex(@"imaps 127\.0\.0\.1:(\d+)")]
    private static partial Regex TlsLine();

    [GeneratedRegex(@"password '([^']+)'")]
    private static partial Regex PasswordLine();
}
