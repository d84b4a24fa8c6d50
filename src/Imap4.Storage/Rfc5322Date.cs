using System.Globalization;

namespace Imap4.Storage;

/// <summary>A tolerant reader of RFC 5322 dates (<c>[day ","] d mon yyyy hh:mm[:ss] zone</c>) for SENTBEFORE and SORT.</summary>
internal static class Rfc5322Date
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Reads a date; false when it cannot be understood.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        string[] parts = StripComments(text).Replace(',', ' ').Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        int i = parts.Length > 0 && !char.IsAsciiDigit(parts[0][0]) ? 1 : 0; // day of week
        if (parts.Length - i < 4) return false;
        if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int day)) return false;
        int month = Array.IndexOf(Months, parts[i + 1].Length >= 3 ? parts[i + 1][..3].ToLowerInvariant() : "") + 1;
        if (month == 0 || !int.TryParse(parts[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return false;
        if (parts[i + 2].Length <= 2) year += year < 50 ? 2000 : 1900;
        else if (parts[i + 2].Length == 3) year += 1900;
        if (!TryTime(parts[i + 3], out TimeSpan time)) return false;
        TimeSpan offset = parts.Length > i + 4 ? Zone(parts[i + 4]) : TimeSpan.Zero;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateTimeOffset(new DateTime(year, month, day).Add(time), offset);
        return true;
    }

    private static bool TryTime(string text, out TimeSpan time)
    {
        time = default;
        string[] hms = text.Split(':');
        if (hms.Length is < 2 or > 3) return false;
        int[] n = new int[3];
        for (int k = 0; k < hms.Length; k++)
            if (!int.TryParse(hms[k], NumberStyles.None, CultureInfo.InvariantCulture, out n[k])) return false;
        if (n[0] > 23 || n[1] > 59 || n[2] > 60) return false;
        time = new TimeSpan(n[0], n[1], Math.Min(n[2], 59));
        return true;
    }

    // Numeric zones as written; the obsolete US names as RFC 5322 4.3 says; anything else is taken as UTC.
    private static TimeSpan Zone(string zone)
    {
        if (zone.Length == 5 && zone[0] is '+' or '-'
            && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int hhmm)
            && hhmm % 100 < 60 && hhmm / 100 <= 14)
        {
            var span = new TimeSpan(hhmm / 100, hhmm % 100, 0);
            return zone[0] == '-' ? -span : span;
        }
        return zone.ToUpperInvariant() switch
        {
            "EDT" => TimeSpan.FromHours(-4),
            "EST" or "CDT" => TimeSpan.FromHours(-5),
            "CST" or "MDT" => TimeSpan.FromHours(-6),
            "MST" or "PDT" => TimeSpan.FromHours(-7),
            "PST" => TimeSpan.FromHours(-8),
            _ => TimeSpan.Zero,
        };
    }

    private static string StripComments(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
