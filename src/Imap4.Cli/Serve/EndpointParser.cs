using System.Globalization;
using System.Net;

namespace Imap4.Cli.Serve;

/// <summary>Parses <c>ADDR:PORT</c> listen addresses: <c>127.0.0.1:1143</c>, <c>[::1]:1143</c>, <c>*:143</c>, <c>localhost:0</c>.</summary>
public static class EndpointParser
{
    /// <summary>Parses one address.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The end point (port 0 picks a free port).</returns>
    /// <exception cref="ArgumentException">The text is not <c>ADDR:PORT</c>.</exception>
    public static IPEndPoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > IPEndPoint.MaxPort)
            throw new ArgumentException($"'{text}' is not ADDR:PORT (e.g. 127.0.0.1:1143, [::1]:1143, *:143).");
        string host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']')) host = host[1..^1];
        IPAddress address = host switch
        {
            "*" => IPAddress.Any,
            "localhost" => IPAddress.Loopback,
            _ => IPAddress.TryParse(host, out IPAddress? parsed) ? parsed : throw new ArgumentException($"'{host}' is not an IP address (use *, localhost or an address)."),
        };
        return new IPEndPoint(address, port);
    }

    /// <summary>The value that disables a kind of listener (<c>--tls-listen none</c>).</summary>
    public const string None = "none";

    /// <summary>Parses several addresses; <see cref="None"/> is skipped, so that it can stand for no listener.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The end points.</returns>
    /// <exception cref="ArgumentException">One is not <c>ADDR:PORT</c>.</exception>
    public static IReadOnlyList<IPEndPoint> ParseAll(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var list = new List<IPEndPoint>();
        foreach (string text in texts)
        {
            if (!string.Equals(text, None, StringComparison.OrdinalIgnoreCase)) list.Add(Parse(text));
        }
        return list;
    }
}
