using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class ImapDateTests
{
    private static DateTimeOffset Dt(string s) => ImapDate.ParseDateTime(Encoding.ASCII.GetBytes(s));

    private static DateOnly D(string s) => ImapDate.ParseDate(Encoding.ASCII.GetBytes(s));

    [Theory]
    [InlineData("17-Jul-1996 02:44:25 -0700", 1996, 7, 17, 2, 44, 25, -420)]
    [InlineData(" 3-Feb-1994 21:52:25 -0800", 1994, 2, 3, 21, 52, 25, -480)]
    [InlineData("03-feb-1994 21:52:25 +0000", 1994, 2, 3, 21, 52, 25, 0)]
    [InlineData("3-FEB-1994 00:00:00 +0530", 1994, 2, 3, 0, 0, 0, 330)]
    [InlineData("29-Feb-2024 23:59:59 +1400", 2024, 2, 29, 23, 59, 59, 840)]
    [InlineData("31-Dec-9999 23:59:59 +1200", 9999, 12, 31, 23, 59, 59, 720)]
    public void Parses_date_time_with_its_offset(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        var value = Dt(text);
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("31-Feb-2024 10:00:00 +0000", 7)]
    [InlineData("29-Feb-2023 10:00:00 +0000", 7)]
    [InlineData("00-Feb-2024 10:00:00 +0000", 0)]
    [InlineData("01-Feb-2024 25:00:00 +0000", 12)]
    [InlineData("01-Feb-2024 10:60:00 +0000", 15)]
    [InlineData("01-Feb-2024 10:00:60 +0000", 18)]
    [InlineData("01-Feb-2024 10:00:00 +2400", 22)]
    [InlineData("01-Feb-2024 10:00:00 +0060", 24)]
    [InlineData("01-Feb-2024 10:00:00 +1500", 21)]
    [InlineData("01-Foo-2024 10:00:00 +0000", 3)]
    [InlineData("01-Feb-0000 10:00:00 +0000", 7)]
    [InlineData("01-Feb-24 10:00:00 +0000", 9)]
    [InlineData("01-Feb-2024 10:00:00 0000", 21)]
    [InlineData("01-Feb-2024 10:00:00 +0000 ", 26)]
    [InlineData("01-Feb-2024 10:00 +0000", 17)]
    [InlineData("01-Feb-2024T10:00:00 +0000", 11)]
    [InlineData("123-Feb-2024 10:00:00 +0000", 2)]
    [InlineData("", 0)]
    public void Rejects_bad_date_times_with_position(string text, int position) =>
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => Dt(text)).Position);

    [Fact]
    public void Rejects_a_date_time_outside_the_representable_range()
    {
        Assert.Throws<ImapParseException>(() => Dt("01-Jan-0001 00:00:00 +0100"));
        Assert.Throws<ImapParseException>(() => Dt("31-Dec-9999 23:59:59 -1200"));
    }

    [Theory]
    [InlineData(1994, 2, 3, 21, 52, 25, -480, " 3-Feb-1994 21:52:25 -0800")]
    [InlineData(1996, 7, 17, 2, 44, 25, -420, "17-Jul-1996 02:44:25 -0700")]
    [InlineData(2024, 12, 1, 0, 0, 0, 0, " 1-Dec-2024 00:00:00 +0000")]
    [InlineData(2024, 12, 10, 9, 5, 7, 345, "10-Dec-2024 09:05:07 +0545")]
    [InlineData(2024, 1, 1, 0, 0, 0, -30, " 1-Jan-2024 00:00:00 -0030")]
    public void Formats_date_time_space_padded(int y, int mo, int d, int h, int mi, int s, int offsetMinutes, string expected)
    {
        var value = new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes));
        Assert.Equal(expected, ImapDate.FormatDateTime(value));
        Span<byte> buffer = stackalloc byte[40];
        Assert.True(ImapDate.TryFormatDateTime(value, buffer, out int written));
        Assert.Equal(expected, Encoding.ASCII.GetString(buffer[..written]));
        Assert.False(ImapDate.TryFormatDateTime(value, buffer[..25], out _));
    }

    [Theory]
    [InlineData("1-Feb-1994", 1994, 2, 1)]
    [InlineData("01-feb-1994", 1994, 2, 1)]
    [InlineData("\"1-Feb-1994\"", 1994, 2, 1)]
    [InlineData("31-DEC-2000", 2000, 12, 31)]
    public void Parses_search_dates(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), D(text));

    [Theory]
    [InlineData(" 1-Feb-1994", 0)]
    [InlineData("1-Feb-1994 ", 10)]
    [InlineData("30-Feb-1994", 7)]
    [InlineData("1-Fex-1994", 2)]
    [InlineData("\"1-Feb-199\"", 10)]
    [InlineData("\"1-Feb-1994", 0)]
    [InlineData("1/Feb/1994", 1)]
    public void Rejects_bad_search_dates(string text, int position) =>
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => D(text)).Position);

    [Fact]
    public void Formats_search_dates_unpadded()
    {
        Assert.Equal("1-Feb-1994", ImapDate.FormatDate(new DateOnly(1994, 2, 1)));
        Assert.Equal("28-Nov-0999", ImapDate.FormatDate(new DateOnly(999, 11, 28)));
    }

    [Fact]
    public void Parsing_does_not_allocate()
    {
        ReadOnlySpan<byte> dateTime = "17-Jul-1996 02:44:25 -0700"u8;
        ReadOnlySpan<byte> date = "1-Feb-1994"u8;
        ImapDate.ParseDateTime(dateTime);
        ImapDate.ParseDate(date);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var a = ImapDate.ParseDateTime(dateTime);
        var b = ImapDate.ParseDate(date);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1996, a.Year);
        Assert.Equal(1994, b.Year);
    }

    [Fact]
    public void Imaplib_style_helpers()
    {
        Assert.Equal(Dt("17-Jul-1996 02:44:25 -0700"), ImapDate.FromInternalDate("\"17-Jul-1996 02:44:25 -0700\""));
        Assert.Equal(Dt("17-Jul-1996 02:44:25 -0700"), ImapDate.FromInternalDate("17-Jul-1996 02:44:25 -0700"));
        Assert.Throws<ImapParseException>(() => ImapDate.FromInternalDate("17-Jul-1996"));
        Assert.Equal("\"17-Jul-1996 09:44:25 +0000\"",
            ImapDate.ToInternalDate(new DateTime(1996, 7, 17, 9, 44, 25, DateTimeKind.Utc)));
        Assert.Equal("\"17-Jul-1996 02:44:25 -0700\"",
            ImapDate.ToInternalDate(new DateTimeOffset(1996, 7, 17, 2, 44, 25, TimeSpan.FromHours(-7))));
    }

    [Fact]
    public void Local_and_unspecified_times_use_the_local_zone_offset_at_that_time()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test", TimeSpan.FromHours(1), "Test", "Test", "Test",
            [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 31),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 31))]);
        var winter = new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Unspecified);
        var summer = new DateTime(2024, 7, 15, 12, 0, 0, DateTimeKind.Local);
        Assert.Equal("\"15-Jan-2024 12:00:00 +0100\"", ImapDate.ToInternalDate(winter, zone));
        Assert.Equal("\"15-Jul-2024 12:00:00 +0200\"", ImapDate.ToInternalDate(summer, zone));
        var local = new DateTime(2024, 7, 15, 12, 0, 0, DateTimeKind.Local);
        var expectedOffset = TimeZoneInfo.Local.GetUtcOffset(local);
        Assert.Equal(ImapDate.ToInternalDate(new DateTimeOffset(local, expectedOffset)), ImapDate.ToInternalDate(local));
        Assert.Equal(ImapDate.ToInternalDate(local), ImapDate.ToInternalDate(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
    }

    private static readonly Arbitrary<DateTimeOffset> Times =
        (from y in Gen.Choose(1000, 9998)
         from mo in Gen.Choose(1, 12)
         from d in Gen.Choose(1, DateTime.DaysInMonth(y, mo))
         from seconds in Gen.Choose(0, 86_399)
         from off in Gen.Choose(-12 * 60, 14 * 60)
         select new DateTimeOffset(y, mo, d, seconds / 3600, seconds / 60 % 60, seconds % 60, TimeSpan.FromMinutes(off)))
        .ToArbitrary();

    [Fact]
    public void Date_times_round_trip_with_any_minute_offset() =>
        Prop.ForAll(Times, t =>
        {
            var parsed = ImapDate.ParseDateTime(Encoding.ASCII.GetBytes(ImapDate.FormatDateTime(t)));
            return parsed == t && parsed.Offset == t.Offset && parsed.DateTime == t.DateTime;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Search_dates_round_trip() =>
        Prop.ForAll(Times, t =>
        {
            var date = DateOnly.FromDateTime(t.DateTime);
            return ImapDate.ParseDate(Encoding.ASCII.GetBytes(ImapDate.FormatDate(date))) == date;
        }).QuickCheckThrowOnFailure();
}
