using System.Globalization;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// Lenient RFC 5322 date-time parsing for ENVELOPE dates: optional day name, 2- to 4-digit years, optional seconds,
/// numeric zones, the obsolete zone names (UT, GMT, EST ... PDT; military letters count as +0000) and trailing comments.
/// </summary>
internal static class EnvelopeDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? TryParse(string text)
    {
        // Drop comments such as "(PDT)" and split on whitespace and commas.
        int paren = text.IndexOf('(', StringComparison.Ordinal);
        string[] parts = (paren >= 0 ? text[..paren] : text)
            .Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        if (parts.Length > 0 && char.IsLetter(parts[0][0])) i++; // day name
        if (parts.Length - i < 4) return null;
        if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int day)) return null;
        int month = Array.IndexOf(Months, parts[i + 1].Length >= 3 ? parts[i + 1][..3].ToLowerInvariant() : "") + 1;
        if (month == 0 || !int.TryParse(parts[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
        if (parts[i + 2].Length == 2) year += year < 50 ? 2000 : 1900;
        else if (parts[i + 2].Length == 3) year += 1900;
        if (!TryParseTime(parts[i + 3], out TimeSpan time)) return null;
        TimeSpan offset = parts.Length - i > 4 ? ParseZone(parts[i + 4]) ?? TimeSpan.Zero : TimeSpan.Zero;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        try
        {
            return new DateTimeOffset(year, month, day, 0, 0, 0, offset).Add(time);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool TryParseTime(string text, out TimeSpan time)
    {
        time = default;
        string[] hms = text.Split(':');
        if (hms.Length is < 2 or > 3) return false;
        int[] v = new int[3];
        for (int k = 0; k < hms.Length; k++)
            if (!int.TryParse(hms[k], NumberStyles.None, CultureInfo.InvariantCulture, out v[k])) return false;
        if (v[0] > 23 || v[1] > 59 || v[2] > 60) return false;
        time = new TimeSpan(v[0], v[1], Math.Min(v[2], 59));
        return true;
    }

    private static TimeSpan? ParseZone(string zone)
    {
        if (zone.Length == 5 && zone[0] is '+' or '-'
            && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int hhmm))
        {
            int minutes = (hhmm / 100 * 60) + (hhmm % 100);
            if (minutes > 14 * 60) return null;
            return TimeSpan.FromMinutes(zone[0] == '-' ? -minutes : minutes);
        }
        return zone.ToUpperInvariant() switch
        {
            "EDT" => TimeSpan.FromHours(-4),
            "EST" or "CDT" => TimeSpan.FromHours(-5),
            "CST" or "MDT" => TimeSpan.FromHours(-6),
            "MST" or "PDT" => TimeSpan.FromHours(-7),
            "PST" => TimeSpan.FromHours(-8),
            _ => TimeSpan.Zero, // UT, GMT, Z, military letters and unknown names: RFC 5322 says treat as +0000
        };
    }
}
