using System.Net;
using Imap4.Server.Transport;

namespace Imap4.Server.Tests.Transport;

public sealed class ConnectionLimiterTests
{
    [Fact]
    public void Limits_per_address_and_in_total_and_releases_once()
    {
        var limiter = new ConnectionLimiter(maxTotal: 3, maxPerAddress: 2);
        IPAddress a = IPAddress.Parse("192.0.2.1"), b = IPAddress.Parse("192.0.2.2"), c = IPAddress.Parse("192.0.2.3");
        ConnectionLimiter.Lease? a1 = limiter.TryAcquire(a);
        ConnectionLimiter.Lease? a2 = limiter.TryAcquire(a);
        Assert.NotNull(a1);
        Assert.NotNull(a2);
        Assert.Null(limiter.TryAcquire(a));
        Assert.NotNull(limiter.TryAcquire(b));
        Assert.Null(limiter.TryAcquire(c)); // total reached
        a1!.Dispose();
        a1.Dispose(); // twice: released once
        Assert.Equal(2, limiter.Count);
        Assert.NotNull(limiter.TryAcquire(c));
        Assert.Null(limiter.TryAcquire(a));
    }
}
