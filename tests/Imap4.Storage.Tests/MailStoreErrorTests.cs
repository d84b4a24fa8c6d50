using Imap4.Protocol.Responses;

namespace Imap4.Storage.Tests;

public sealed class MailStoreErrorTests
{
    [Fact]
    public void Every_error_maps_to_a_distinct_response_code()
    {
        var codes = Enum.GetValues<MailStoreError>().Select(e => e.ToResponseCode()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(ResponseCode.OverQuota, MailStoreError.OverQuota.ToResponseCode());
        Assert.Equal(ResponseCode.TryCreate, MailStoreError.TryCreate.ToResponseCode());
        Assert.Equal(ResponseCode.ExpungeIssued, MailStoreError.ExpungeIssued.ToResponseCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((MailStoreError)999).ToResponseCode());
    }

    [Fact]
    public void Exception_carries_the_error()
    {
        var e = new MailStoreException(MailStoreError.InUse, "busy");
        Assert.Equal(MailStoreError.InUse, e.Error);
        Assert.Equal("busy", e.Message);
        Assert.Equal(MailStoreError.Cannot, new MailStoreException("x").Error);
    }

    [Fact]
    public void Special_uses_round_trip_through_attributes()
    {
        foreach (SpecialUse use in Enum.GetValues<SpecialUse>().Where(u => u != SpecialUse.None))
        {
            var attribute = Assert.Single(use.ToAttributes());
            Assert.Equal(use, SpecialUseExtensions.FromAttribute(attribute));
        }
        Assert.Equal([MailboxAttribute.Junk, MailboxAttribute.Trash], (SpecialUse.Trash | SpecialUse.Junk).ToAttributes());
        Assert.Equal(SpecialUse.None, SpecialUseExtensions.FromAttribute(MailboxAttribute.NoSelect));
    }
}
