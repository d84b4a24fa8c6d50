using System.Net;
using System.Net.Sockets;
using System.Text;
using Imap4.Testing;

namespace Imap4.Cli.Tests.Config;

/// <summary>A local OAuth 2.0 token endpoint (HttpListener) answering every POST with a fixed status and body.</summary>
internal sealed class FakeTokenEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serve;

    public FakeTokenEndpoint(int status, string body)
    {
        int port = LoopbackPort.Free();
        Url = new Uri($"http://127.0.0.1:{port}/token");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serve = ServeAsync(status, body);
    }

    public Uri Url { get; }

    /// <summary>The form fields of the last request.</summary>
    public IReadOnlyDictionary<string, string> LastForm { get; private set; } = new Dictionary<string, string>();

    public int Requests { get; private set; }

    private async Task ServeAsync(int status, string body)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                string form = await reader.ReadToEndAsync();
                LastForm = form.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
            }
            Requests++;
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }


    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _serve;
    }
}
