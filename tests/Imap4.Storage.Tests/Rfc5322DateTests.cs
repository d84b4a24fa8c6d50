namespace Imap4.Storage.Tests;

public sealed class Rfc5322DateTests
{
    [Theory]
    [InlineData("Mon, 7 Feb 1994 21:52:25 -0800", 1994, 2, 7, 21, 52, 25, -480)]
    [InlineData("7 Feb 1994 21:52 +0130", 1994, 2, 7, 21, 52, 0, 90)]
    [InlineData("Tue, 01 Mar 2022 10:00:00 +0100 (CET)", 2022, 3, 1, 10, 0, 0, 60)]
    [InlineData("8 Feb 94 01:00 EST", 1994, 2, 8, 1, 0, 0, -300)]
    [InlineData("1 jan 05 00:00:00 GMT", 2005, 1, 1, 0, 0, 0, 0)]
    [InlineData("Thu, 31 Dec 2020 23:59:60 Z", 2020, 12, 31, 23, 59, 59, 0)]
    public void Reads_dates(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        Assert.True(Rfc5322Date.TryParse(text, out DateTimeOffset value));
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2020 10:00 +0000")]
    [InlineData("1 Foo 2020 10:00 +0000")]
    [InlineData("1 Jan 2020 25:00 +0000")]
    [InlineData("1 Jan 2020")]
    public void Rejects_nonsense(string text) => Assert.False(Rfc5322Date.TryParse(text, out _));
}
