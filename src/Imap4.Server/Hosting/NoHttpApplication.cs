using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Imap4.Server.Hosting;

/// <summary>
/// Kestrel starts with an HTTP application; every IMAP listener ends in its own connection delegate, so this one is
/// never reached.
/// </summary>
internal sealed class NoHttpApplication : IHttpApplication<object>
{
    public object CreateContext(IFeatureCollection contextFeatures) => throw new NotSupportedException("This server speaks IMAP, not HTTP.");

    public Task ProcessRequestAsync(object context) => throw new NotSupportedException("This server speaks IMAP, not HTTP.");

    public void DisposeContext(object context, Exception? exception)
    {
    }
}
