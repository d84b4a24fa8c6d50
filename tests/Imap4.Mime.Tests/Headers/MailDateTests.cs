using FsCheck;
using FsCheck.Fluent;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Tests.Headers;

public sealed class MailDateTests
{
    [Theory]
    // Legal RFC 5322 forms.
    [InlineData("Mon, 7 Feb 1994 21:52:25 -0800", "1994-02-07T21:52:25-08:00")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 -0600", "1997-11-21T09:55:06-06:00")]
    [InlineData("Tue, 01 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00")]
    [InlineData("1 Jan 2030 00:00:00 +0000", "2030-01-01T00:00:00+00:00")]
    [InlineData("Thu, 13 Feb 1969 23:32 -0330", "1969-02-13T23:32:00-03:30")]
    [InlineData("Mon, 7 Feb 1994 21:52:25 -0800 (PST)", "1994-02-07T21:52:25-08:00")]
    [InlineData("  Mon ,  7   Feb   1994   21:52:25   -0800  ", "1994-02-07T21:52:25-08:00")]
    [InlineData("Mon, 7 Feb 1994 21:52:60 +0000", "1994-02-07T21:52:59+00:00")]
    // Obsolete forms (RFC 5322 4.3).
    [InlineData("7 Feb 94 21:52 EST", "1994-02-07T21:52:00-05:00")]
    [InlineData("Thu, 13 Feb 49 23:32 PDT", "2049-02-13T23:32:00-07:00")]
    [InlineData("Thu, 13 Feb 50 23:32 MDT", "1950-02-13T23:32:00-06:00")]
    [InlineData("13 Feb 103 23:32:00 CST", "2003-02-13T23:32:00-06:00")]
    [InlineData("Thu,\r\n 13\r\n Feb\r\n 1969\r\n 23:32\r\n -0330 (Newfoundland Time)", "1969-02-13T23:32:00-03:30")]
    [InlineData("Thu, 13 (comment) Feb 1969 23 : 32 : 07 UT", "1969-02-13T23:32:07+00:00")]
    [InlineData("(lead (nested) comment) 13 Feb 1969 23:32 GMT", "1969-02-13T23:32:00+00:00")]
    [InlineData("7 Feb 1994 21:52:25 EDT", "1994-02-07T21:52:25-04:00")]
    [InlineData("7 Feb 1994 21:52:25 CDT", "1994-02-07T21:52:25-05:00")]
    [InlineData("7 Feb 1994 21:52:25 MST", "1994-02-07T21:52:25-07:00")]
    [InlineData("7 Feb 1994 21:52:25 PST", "1994-02-07T21:52:25-08:00")]
    [InlineData("7 Feb 1994 21:52:25 Z", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994 21:52:25 A", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994 21:52:25 y", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994 21:52:25 -0000", "1994-02-07T21:52:25+00:00")]
    // Common violations.
    [InlineData("Mon 7 Feb 1994 21:52:25 -0800", "1994-02-07T21:52:25-08:00")]
    [InlineData("Monday, 7 February 1994 21:52:25 -0800", "1994-02-07T21:52:25-08:00")]
    [InlineData("mon, 7 FEB 1994 21:52:25 -0800", "1994-02-07T21:52:25-08:00")]
    [InlineData("Mon Feb  7 21:52:25 1994", "1994-02-07T21:52:25+00:00")]
    [InlineData("Mon, Feb 7 1994 21:52:25 -0800", "1994-02-07T21:52:25-08:00")]
    [InlineData("7 Feb 1994 21:52:25", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994", "1994-02-07T00:00:00+00:00")]
    [InlineData("07-Feb-1994 21:52:25 +0100", "1994-02-07T21:52:25+01:00")]
    [InlineData("7 Feb 1994 21:52:25 +01:00", "1994-02-07T21:52:25+01:00")]
    [InlineData("7 Feb 1994 21:52:25 GMT+0100", "1994-02-07T21:52:25+01:00")]
    [InlineData("7 Feb 1994 21:52:25 +0000 GMT", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994 21:52:25 CET", "1994-02-07T21:52:25+01:00")]
    [InlineData("7 Feb 1994 21:52:25 CEST", "1994-02-07T21:52:25+02:00")]
    [InlineData("7 Feb 1994 21:52:25 UTC", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994 09:52:25 PM -0800", "1994-02-07T21:52:25-08:00")]
    [InlineData("7 Feb 1994 21:52:25 XYZ", "1994-02-07T21:52:25+00:00")]
    [InlineData("7 Feb 1994 21:52:25 +9900", "1994-02-07T21:52:25+00:00")]
    [InlineData("1994-02-07T21:52:25Z", "1994-02-07T21:52:25+00:00")]
    [InlineData("1994-02-07T21:52:25+01:00", "1994-02-07T21:52:25+01:00")]
    [InlineData("Mon, 7 Feb 1994 21:52:25 -0800 (PST),", "1994-02-07T21:52:25-08:00")]
    public void Parses(string text, string expected)
    {
        var parsed = MailDate.TryParse(text);
        Assert.NotNull(parsed);
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(want, parsed.Value);
        Assert.Equal(want.Offset, parsed.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("31 Feb 1994 10:00:00 +0000")]
    [InlineData("7 Foo 1994 10:00:00 +0000")]
    [InlineData("Feb 1994")]
    [InlineData("7 Feb")]
    [InlineData("0 Feb 1994 10:00 +0000")]
    [InlineData("(only a comment)")]
    public void Rejects(string? text)
    {
        Assert.Null(MailDate.TryParse(text));
        Assert.False(MailDate.TryParse(text, out _));
    }

    [Fact]
    public void Bad_time_falls_back_to_midnight_but_keeps_the_date()
    {
        Assert.Equal(new DateTimeOffset(1994, 2, 7, 0, 0, 0, TimeSpan.Zero), MailDate.TryParse("7 Feb 1994 25:61:00 +0000"));
    }

    [Fact]
    public void Formats_rfc5322()
    {
        var value = new DateTimeOffset(1994, 2, 7, 21, 52, 25, TimeSpan.FromHours(-8));
        Assert.Equal("Mon, 7 Feb 1994 21:52:25 -0800", MailDate.Format(value));
        Assert.Equal("Sat, 1 Jan 2000 00:00:00 +0530", MailDate.Format(new DateTimeOffset(2000, 1, 1, 0, 0, 0, new TimeSpan(5, 30, 0))));
    }

    [Fact]
    public void Format_then_parse_round_trips()
    {
        var gen = from ticks in Gen.Choose(0, int.MaxValue)
                  from day in Gen.Choose(0, 3_000_000)
                  from minutes in Gen.Choose(-14 * 60, 14 * 60)
                  select new DateTimeOffset(new DateTime(1900, 1, 1).AddDays(day / 100.0).AddSeconds(ticks % 86400).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.FromMinutes(minutes));
        Prop.ForAll(gen.ToArbitrary(), v =>
        {
            var back = MailDate.TryParse(MailDate.Format(v));
            return back == v && back.Value.Offset == v.Offset;
        }).QuickCheckThrowOnFailure();
    }
}
