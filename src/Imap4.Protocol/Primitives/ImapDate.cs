namespace Imap4.Protocol.Primitives;

/// <summary>
/// IMAP dates in both directions: INTERNALDATE's <c>date-time</c> (<c>" 3-Feb-1994 21:52:25 -0800"</c>) and SEARCH's
/// <c>date</c> (<c>1-Feb-1994</c>), RFC 9051 section 9. Parsing works on the bytes and allocates nothing unless it throws.
/// Month names are matched case-insensitively.
/// </summary>
public static class ImapDate
{
    /// <summary>Length of a formatted date-time, without quotes.</summary>
    public const int DateTimeLength = 26;

    private const string MonthsLower = "janfebmaraprmayjunjulaugsepoctnovdec";
    private const string MonthsWritten = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /// <summary>Parses the content of a <c>date-time</c> (without DQUOTEs).</summary>
    /// <param name="bytes"><c>DD-Mon-YYYY HH:MM:SS +HHMM</c>; the day may be space-padded (<c>" 3"</c>), zero-padded
    /// (<c>03</c>) or, leniently, a single digit (<c>3</c>).</param>
    /// <returns>The time with the zone offset as sent.</returns>
    /// <exception cref="ImapParseException">Malformed, or out of range: day not in the month, hour above 23, minute or
    /// second above 59, zone hour above 23 or offset beyond ±14:00 (what <see cref="DateTimeOffset"/> can hold).</exception>
    public static DateTimeOffset ParseDateTime(ReadOnlySpan<byte> bytes)
    {
        int pos = 0;
        DateOnly date = ParseDateText(bytes, ref pos, allowSpacePad: true);
        Expect(bytes, ref pos, (byte)' ');
        int hour = Digits(bytes, ref pos, 2, 0, 23, "hour");
        Expect(bytes, ref pos, (byte)':');
        int minute = Digits(bytes, ref pos, 2, 0, 59, "minute");
        Expect(bytes, ref pos, (byte)':');
        int second = Digits(bytes, ref pos, 2, 0, 59, "second");
        Expect(bytes, ref pos, (byte)' ');
        TimeSpan offset = ParseZone(bytes, ref pos);
        ExpectEnd(bytes, pos);
        try
        {
            return new DateTimeOffset(date.Year, date.Month, date.Day, hour, minute, second, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ImapParseException(0, "date-time lies outside the representable range");
        }
    }

    private static TimeSpan ParseZone(ReadOnlySpan<byte> bytes, ref int pos)
    {
        int signPos = pos;
        if (pos >= bytes.Length || bytes[pos] is not ((byte)'+' or (byte)'-'))
            throw new ImapParseException(pos, "zone sign '+' or '-' expected");
        bool negative = bytes[pos++] == '-';
        int hours = Digits(bytes, ref pos, 2, 0, 23, "zone hour");
        int minutes = Digits(bytes, ref pos, 2, 0, 59, "zone minute");
        int total = hours * 60 + minutes;
        if (total > 14 * 60) throw new ImapParseException(signPos, "zone offset beyond ±14:00");
        return TimeSpan.FromMinutes(negative ? -total : total);
    }

    /// <summary>Parses a SEARCH <c>date</c>: <c>date-text</c> such as <c>1-Feb-1994</c>, or the same in DQUOTEs.</summary>
    /// <param name="bytes">The date, with or without surrounding DQUOTEs.</param>
    /// <exception cref="ImapParseException">Malformed, or a day not in the month.</exception>
    public static DateOnly ParseDate(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        if (bytes.Length >= 2 && bytes[0] == '"' && bytes[^1] == '"')
        {
            bytes = bytes[1..^1];
            offset = 1;
        }
        int pos = 0;
        try
        {
            DateOnly date = ParseDateText(bytes, ref pos, allowSpacePad: false);
            ExpectEnd(bytes, pos);
            return date;
        }
        catch (ImapParseException e) when (offset != 0)
        {
            throw new ImapParseException(e.Position + offset, e.Reason);
        }
    }

    // date-day "-" date-month "-" date-year, with the day optionally " D" for date-day-fixed.
    private static DateOnly ParseDateText(ReadOnlySpan<byte> bytes, ref int pos, bool allowSpacePad)
    {
        int day;
        if (allowSpacePad && pos < bytes.Length && bytes[pos] == ' ')
        {
            pos++;
            day = Digits(bytes, ref pos, 1, 1, 9, "day");
        }
        else
        {
            int dayStart = pos;
            day = Digits(bytes, ref pos, 1, 0, 9, "day");
            if (pos < bytes.Length && IsDigit(bytes[pos])) day = day * 10 + (bytes[pos++] - '0');
            if (day == 0) throw new ImapParseException(dayStart, "day 0");
        }
        Expect(bytes, ref pos, (byte)'-');
        int month = ParseMonth(bytes, ref pos);
        Expect(bytes, ref pos, (byte)'-');
        int yearPos = pos;
        int year = Digits(bytes, ref pos, 4, 1, 9999, "year");
        if (day > DateTime.DaysInMonth(year, month))
            throw new ImapParseException(yearPos, $"day {day} does not exist in that month");
        return new DateOnly(year, month, day);
    }

    private static int ParseMonth(ReadOnlySpan<byte> bytes, ref int pos)
    {
        if (bytes.Length - pos >= 3)
        {
            for (int m = 0; m < 12; m++)
            {
                if ((bytes[pos] | 0x20) == MonthsLower[3 * m] && (bytes[pos + 1] | 0x20) == MonthsLower[3 * m + 1]
                    && (bytes[pos + 2] | 0x20) == MonthsLower[3 * m + 2])
                {
                    pos += 3;
                    return m + 1;
                }
            }
        }
        throw new ImapParseException(pos, "month name (Jan..Dec) expected");
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int Digits(ReadOnlySpan<byte> bytes, ref int pos, int count, int min, int max, string what)
    {
        int start = pos, value = 0;
        for (int i = 0; i < count; i++, pos++)
        {
            if (pos >= bytes.Length || !IsDigit(bytes[pos])) throw new ImapParseException(pos, $"digit of {what} expected");
            value = value * 10 + (bytes[pos] - '0');
        }
        if (value < min || value > max) throw new ImapParseException(start, $"{what} {value} out of range");
        return value;
    }

    private static void Expect(ReadOnlySpan<byte> bytes, ref int pos, byte expected)
    {
        if (pos >= bytes.Length || bytes[pos] != expected)
            throw new ImapParseException(pos, $"'{(char)expected}' expected");
        pos++;
    }

    private static void ExpectEnd(ReadOnlySpan<byte> bytes, int pos)
    {
        if (pos != bytes.Length) throw new ImapParseException(pos, "unexpected bytes after the date");
    }

    /// <summary>Writes a <c>date-time</c> content (no DQUOTEs), day space-padded: <c>" 3-Feb-1994 21:52:25 -0800"</c>.</summary>
    /// <param name="value">The time; fractions of a second are dropped and its own offset is written.</param>
    /// <param name="destination">Where to write; needs <see cref="DateTimeLength"/> bytes.</param>
    /// <param name="written">Bytes written.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    public static bool TryFormatDateTime(DateTimeOffset value, Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < DateTimeLength) return false;
        int day = value.Day;
        destination[0] = day < 10 ? (byte)' ' : (byte)('0' + day / 10);
        destination[1] = (byte)('0' + day % 10);
        destination[2] = (byte)'-';
        WriteMonth(destination[3..], value.Month);
        destination[6] = (byte)'-';
        Write(destination[7..], value.Year, 4);
        destination[11] = (byte)' ';
        Write(destination[12..], value.Hour, 2);
        destination[14] = (byte)':';
        Write(destination[15..], value.Minute, 2);
        destination[17] = (byte)':';
        Write(destination[18..], value.Second, 2);
        destination[20] = (byte)' ';
        int minutes = (int)value.Offset.TotalMinutes;
        destination[21] = minutes < 0 ? (byte)'-' : (byte)'+';
        minutes = Math.Abs(minutes);
        Write(destination[22..], minutes / 60, 2);
        Write(destination[24..], minutes % 60, 2);
        written = DateTimeLength;
        return true;
    }

    private static void WriteMonth(Span<byte> destination, int month)
    {
        for (int i = 0; i < 3; i++) destination[i] = (byte)MonthsWritten[3 * (month - 1) + i];
    }

    private static void Write(Span<byte> destination, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--, value /= 10) destination[i] = (byte)('0' + value % 10);
    }

    /// <summary>Formats a <c>date-time</c> content (no DQUOTEs), e.g. <c>" 3-Feb-1994 21:52:25 -0800"</c>.</summary>
    /// <param name="value">The time, written with its own offset.</param>
    public static string FormatDateTime(DateTimeOffset value)
    {
        Span<byte> buffer = stackalloc byte[DateTimeLength];
        TryFormatDateTime(value, buffer, out _);
        return System.Text.Encoding.ASCII.GetString(buffer);
    }

    /// <summary>Formats a SEARCH <c>date-text</c>, e.g. <c>1-Feb-1994</c> (day not padded).</summary>
    /// <param name="value">The date.</param>
    public static string FormatDate(DateOnly value) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{value.Day}-{MonthsWritten.AsSpan(3 * (value.Month - 1), 3)}-{value.Year:D4}");

    /// <summary>
    /// Parses an INTERNALDATE value like imaplib's <c>Internaldate2tuple</c>, keeping the sent offset.
    /// </summary>
    /// <param name="value">The date-time, with or without its DQUOTEs.</param>
    /// <exception cref="ImapParseException">The value is not a date-time.</exception>
    public static DateTimeOffset FromInternalDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ReadOnlySpan<char> text = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value.AsSpan(1, value.Length - 2) : value;
        if (text.Length > 64) throw new ImapParseException(64, "date-time too long");
        Span<byte> bytes = stackalloc byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F) throw new ImapParseException(i, "non-ASCII character in date-time");
            bytes[i] = (byte)text[i];
        }
        return ParseDateTime(bytes);
    }

    /// <summary>
    /// Formats a time as a quoted INTERNALDATE for APPEND, like imaplib's <c>Time2Internaldate</c>: UTC times are written
    /// with <c>+0000</c>; local and unspecified times (naive, as imaplib treats them) with the local zone's offset at
    /// that time.
    /// </summary>
    /// <param name="value">The time.</param>
    /// <returns>The quoted date-time, e.g. <c>"17-Jul-1996 02:44:25 -0700"</c>.</returns>
    public static string ToInternalDate(DateTime value) => ToInternalDate(value, TimeZoneInfo.Local);

    /// <summary>As <see cref="ToInternalDate(DateTime)"/>, with <paramref name="localZone"/> as the local zone.</summary>
    /// <param name="value">The time; <see cref="DateTimeKind.Local"/> and <see cref="DateTimeKind.Unspecified"/> are wall
    /// clock times in <paramref name="localZone"/>.</param>
    /// <param name="localZone">The zone of local and unspecified times.</param>
    public static string ToInternalDate(DateTime value, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(localZone);
        if (value.Kind == DateTimeKind.Utc) return ToInternalDate(new DateTimeOffset(value, TimeSpan.Zero));
        var wallClock = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        TimeSpan offset = localZone.GetUtcOffset(wallClock);
        // Historic zones have offsets in seconds (LMT); date-time carries whole minutes only.
        offset = TimeSpan.FromMinutes(Math.Truncate(offset.TotalMinutes));
        return ToInternalDate(new DateTimeOffset(wallClock, offset));
    }

    /// <summary>Formats a time as a quoted INTERNALDATE, with its own offset.</summary>
    /// <param name="value">The time.</param>
    public static string ToInternalDate(DateTimeOffset value) => "\"" + FormatDateTime(value) + "\"";
}
