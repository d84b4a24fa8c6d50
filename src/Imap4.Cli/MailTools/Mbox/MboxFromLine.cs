using System.Globalization;
using System.Text;

namespace Imap4.Cli.MailTools.Mbox;

/// <summary>The mbox separator line: <c>From sender asctime-date</c>, the date in UTC (asctime has no zone).</summary>
internal static class MboxFromLine
{
    /// <summary>The sender written when the envelope has none.</summary>
    public const string UnknownSender = "MAILER-DAEMON";

    private static readonly string[] DateFormats = ["ddd MMM d HH:mm:ss yyyy", "ddd MMM d HH:mm yyyy", "ddd MMM d HH:mm:ss yyyy zzz", "ddd MMM d HH:mm:ss zzz yyyy"];

    /// <summary>Formats the line (with its <c>\n</c>).</summary>
    /// <param name="sender">The envelope sender, or null.</param>
    /// <param name="date">The internal date, or null for now.</param>
    /// <returns>The line.</returns>
    public static string Format(string? sender, DateTimeOffset? date)
    {
        string who = string.IsNullOrWhiteSpace(sender) || sender.Any(char.IsWhiteSpace) ? UnknownSender : sender;
        DateTime utc = (date ?? DateTimeOffset.UtcNow).UtcDateTime;
        string day = utc.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2);
        return string.Create(CultureInfo.InvariantCulture, $"From {who} {utc:ddd MMM} {day} {utc:HH:mm:ss yyyy}\n");
    }

    /// <summary>Reads the sender and date of a line (without its line end); an unreadable date is null.</summary>
    /// <param name="line">The line's bytes, starting with <c>From </c>.</param>
    /// <returns>The sender and the date.</returns>
    public static (string Sender, DateTimeOffset? Date) Parse(ReadOnlySpan<byte> line)
    {
        string text = Encoding.Latin1.GetString(line).TrimEnd('\r');
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string sender = words.Length > 1 ? words[1] : UnknownSender;
        if (words.Length < 3) return (sender, null);
        string date = string.Join(' ', words.Skip(2));
        foreach (string format in DateFormats)
        {
            if (DateTimeOffset.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset parsed))
                return (sender, parsed);
        }
        return (sender, null);
    }
}
