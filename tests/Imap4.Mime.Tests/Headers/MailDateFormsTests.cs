using Imap4.Mime.Headers;

namespace Imap4.Mime.Tests.Headers;

/// <summary>Date forms the store's SENT* search keys and clients' ENVELOPE dates rely on (one parser serves both).</summary>
public sealed class MailDateFormsTests
{
    [Theory]
    [InlineData("Mon, 7 Feb 1994 21:52:25 -0800", 1994, 2, 7, 21, 52, 25, -480)]
    [InlineData("7 Feb 1994 21:52 +0130", 1994, 2, 7, 21, 52, 0, 90)]
    [InlineData("Tue, 01 Mar 2022 10:00:00 +0100 (CET)", 2022, 3, 1, 10, 0, 0, 60)]
    [InlineData("8 Feb 94 01:00 EST", 1994, 2, 8, 1, 0, 0, -300)]
    [InlineData("1 jan 05 00:00:00 GMT", 2005, 1, 1, 0, 0, 0, 0)]
    [InlineData("Thu, 31 Dec 2020 23:59:60 Z", 2020, 12, 31, 23, 59, 59, 0)]
    [InlineData("Thu, 03 Mar 2016 12:25:01 -0500", 2016, 3, 3, 12, 25, 1, -300)]
    [InlineData("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)", 1996, 7, 17, 2, 23, 25, -420)]
    [InlineData("Fri, 21 Nov 97 09:55:06 GMT", 1997, 11, 21, 9, 55, 6, 0)]
    [InlineData("Mon, 1 Jan 2024 10:00:00 EST", 2024, 1, 1, 10, 0, 0, -300)]
    public void Reads_dates_with_their_offset(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        Assert.True(MailDate.TryParse(text, out DateTimeOffset value));
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2020 10:00 +0000")]
    [InlineData("1 Foo 2020 10:00 +0000")]
    public void Rejects_nonsense(string text) => Assert.False(MailDate.TryParse(text, out _));
}
