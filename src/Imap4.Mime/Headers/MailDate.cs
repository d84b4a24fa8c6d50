using System.Globalization;

namespace Imap4.Mime.Headers;

/// <summary>
/// RFC 5322 date-time (section 3.3) parsing and formatting. Parsing is lenient: every legal form, the obsolete forms of
/// section 4.3 (two- and three-digit years, named zones UT, GMT, EST...PDT, military letters, missing seconds, white
/// space and comments anywhere, white space around the colons) and common violations (no comma after the day name,
/// full day and month names, any case, asctime order <c>Mon Feb  7 21:52:25 1994</c>, a zone like <c>+01:00</c> or
/// <c>GMT+0100</c>, a missing zone, common zone abbreviations such as CET, ISO 8601 <c>1994-02-07T21:52:25Z</c>).
/// </summary>
public static class MailDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Parses a Date header value.</summary>
    /// <param name="text">The value (unfolded or not).</param>
    /// <returns>The time with its zone offset (unknown zones read as +0000), or null when no date can be read.</returns>
    public static DateTimeOffset? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = MailDateTokens.Read(text);
        if (TryIso(tokens, text, out var iso)) return iso;
        int month = 0, day = -1, year = -1, yearDigits = 0;
        TimeSpan? time = null;
        TimeSpan? zone = null;
        bool pm = false;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case MailDateTokens.Kind.Word:
                    if (month == 0 && NameIndex(Months, token.Text) is int m and >= 0) month = m + 1;
                    else if (NameIndex(Days, token.Text) >= 0) continue;
                    else if (token.Text.Equals("PM", StringComparison.OrdinalIgnoreCase)) pm = true;
                    else zone ??= NamedZone(token.Text);
                    break;
                case MailDateTokens.Kind.Time:
                    time ??= ParseTime(token.Text);
                    break;
                case MailDateTokens.Kind.Zone:
                    // A signed number before the time is a date separator, as in "07-Feb-1994".
                    if (time is not null) zone = NumericZone(token.Text) ?? zone;
                    else TakeNumber(token.Text[1..], ref day, ref year, ref yearDigits);
                    break;
                case MailDateTokens.Kind.Number:
                    TakeNumber(token.Text, ref day, ref year, ref yearDigits);
                    break;
            }
        }
        if (month == 0 || day < 1 || year < 0) return null;
        if (pm && time is { Hours: < 12 } t) time = t + TimeSpan.FromHours(12);
        return Build(FullYear(year, yearDigits), month, day, time ?? TimeSpan.Zero, zone ?? TimeSpan.Zero);
    }

    /// <summary>Parses a Date header value.</summary>
    /// <param name="text">The value.</param>
    /// <param name="value">The time, when readable.</param>
    /// <returns>Whether a date was read.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        var parsed = TryParse(text);
        value = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>Formats a time as an RFC 5322 date-time, e.g. <c>Mon, 7 Feb 1994 21:52:25 -0800</c>.</summary>
    /// <param name="value">The time; its offset is kept.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTimeOffset value)
    {
        var offset = value.Offset;
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return value.ToString("ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture) + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    private static void TakeNumber(string digits, ref int day, ref int year, ref int yearDigits)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return;
        // A number of three or more digits, or above 31, can only be the year; otherwise day comes first (RFC order).
        bool yearLike = digits.Length >= 3 || n > 31;
        if (day < 0 && !yearLike) day = n;
        else if (year < 0)
        {
            year = n;
            yearDigits = digits.Length;
        }
    }

    /// <summary>RFC 5322 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999, three digits add 1900.</summary>
    private static int FullYear(int year, int digits) => digits switch
    {
        <= 2 => year < 50 ? 2000 + year : 1900 + year,
        3 => 1900 + year,
        _ => year,
    };

    private static DateTimeOffset? Build(int year, int month, int day, TimeSpan time, TimeSpan zone)
    {
        if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
        if (zone.Duration() > TimeSpan.FromHours(14)) zone = TimeSpan.Zero;
        var result = new DateTimeOffset(year, month, day, 0, 0, 0, zone);
        return time.Ticks > DateTimeOffset.MaxValue.Ticks - result.Ticks ? null : result.Add(time);
    }

    private static int NameIndex(string[] names, string word)
    {
        if (word.Length < 3) return -1;
        string prefix = word[..3].ToLowerInvariant();
        int index = Array.IndexOf(names, prefix);
        // Accept the abbreviation or the full name ("Feb", "February"), not any word that starts alike.
        return index >= 0 && (word.Length == 3 || FullName(names, index).StartsWith(word.ToLowerInvariant(), StringComparison.Ordinal)) ? index : -1;
    }

    private static string FullName(string[] names, int index) => names == Months
        ? CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[index].ToLowerInvariant()
        : CultureInfo.InvariantCulture.DateTimeFormat.DayNames[(index + 1) % 7].ToLowerInvariant();

    private static TimeSpan? ParseTime(string text)
    {
        string[] parts = text.Split(':');
        if (parts.Length is < 2 or > 3) return null;
        Span<int> v = [0, 0, 0];
        for (int i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out v[i])) return null;
        if (v[0] > 23 || v[1] > 59 || v[2] > 60) return null;
        return new TimeSpan(v[0], v[1], Math.Min(v[2], 59)); // a leap second reads as :59
    }

    private static TimeSpan? NumericZone(string text)
    {
        int sign = text[0] == '-' ? -1 : 1;
        string digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return null;
        int hours, minutes;
        if (digits.Length <= 2) (hours, minutes) = (n, 0); // "+1", "+01": hours
        else (hours, minutes) = (n / 100, n % 100);
        if (minutes > 59) return null;
        return TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
    }

    private static TimeSpan? NamedZone(string word) => word.ToUpperInvariant() switch
    {
        "UT" or "UTC" or "GMT" or "Z" or "WET" => TimeSpan.Zero,
        "AM" or "PM" => null,
        "EDT" => TimeSpan.FromHours(-4),
        "EST" or "CDT" => TimeSpan.FromHours(-5),
        "CST" or "MDT" => TimeSpan.FromHours(-6),
        "MST" or "PDT" => TimeSpan.FromHours(-7),
        "PST" => TimeSpan.FromHours(-8),
        "CET" or "MET" or "BST" or "WEST" => TimeSpan.FromHours(1),
        "CEST" or "MEST" or "EET" => TimeSpan.FromHours(2),
        "EEST" or "MSK" => TimeSpan.FromHours(3),
        "IST" => new TimeSpan(5, 30, 0),
        "HKT" or "AWST" => TimeSpan.FromHours(8),
        "JST" or "KST" => TimeSpan.FromHours(9),
        "AEST" => TimeSpan.FromHours(10),
        "AEDT" => TimeSpan.FromHours(11),
        // RFC 5322 4.3: military zones were specified wrongly in RFC 822; read them (and "-0000") as unknown, +0000.
        { Length: 1 } w when char.IsAsciiLetter(w[0]) && w[0] != 'J' => TimeSpan.Zero,
        _ => null,
    };

    private static bool TryIso(List<MailDateTokens.Token> tokens, string text, out DateTimeOffset value)
    {
        value = default;
        if (tokens.Count == 0 || tokens[0].Kind != MailDateTokens.Kind.IsoDate) return false;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }
}
