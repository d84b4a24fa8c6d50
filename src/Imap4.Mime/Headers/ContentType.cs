using System.Text;

namespace Imap4.Mime.Headers;

/// <summary>
/// A parsed Content-Type (RFC 2045 5.1). A value without a subtype keeps its type with an empty subtype and no parameters
/// (as Dovecot does), so a broken <c>text</c> stays text.
/// </summary>
public sealed class ContentType
{
    internal ContentType(byte[] type, byte[] subtype, List<RawParameter> raw, bool broken)
    {
        RawType = type;
        RawSubtype = subtype;
        RawParameters = raw;
        IsBroken = broken;
        Parameters = ParameterParser.Decode(raw);
    }

    /// <summary>The default for parts without a Content-Type: <c>text/plain; charset=us-ascii</c>.</summary>
    public static ContentType Default { get; } = new("text"u8.ToArray(), "plain"u8.ToArray(), [], false);

    /// <summary>The default in a multipart/digest: <c>message/rfc822</c>.</summary>
    public static ContentType DigestDefault { get; } = new("message"u8.ToArray(), "rfc822"u8.ToArray(), [], false);

    internal byte[] RawType { get; }

    internal byte[] RawSubtype { get; }

    internal List<RawParameter> RawParameters { get; }

    /// <summary>The media type as written, e.g. <c>text</c>.</summary>
    public string MediaType => Encoding.ASCII.GetString(RawType);

    /// <summary>The subtype as written, e.g. <c>plain</c>; empty when the header had none.</summary>
    public string MediaSubtype => Encoding.ASCII.GetString(RawSubtype);

    /// <summary>Whether the value was malformed and repaired.</summary>
    public bool IsBroken { get; }

    /// <summary>Decoded parameters in order.</summary>
    public IReadOnlyList<MimeParameter> Parameters { get; }

    /// <summary>The value of a parameter, decoded, or null.</summary>
    /// <param name="name">Parameter name, any case.</param>
    /// <returns>The value or null.</returns>
    public string? GetParameter(string name)
    {
        foreach (var p in Parameters)
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    /// <summary>The charset parameter, or null.</summary>
    public string? Charset => GetParameter("charset");

    /// <summary>The boundary parameter (raw, as multipart parsing uses it), or null.</summary>
    public string? Boundary => RawParameter("boundary") is { } b ? Encoding.Latin1.GetString(b) : null;

    /// <summary>The name parameter (old-style attachment file name), or null.</summary>
    public string? Name => GetParameter("name");

    internal byte[]? RawParameter(string name)
    {
        foreach (var p in RawParameters)
            if (string.Equals(p.NameText, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    /// <summary>Whether the type is <paramref name="type"/> (any case).</summary>
    /// <param name="type">A media type.</param>
    /// <returns>True when equal.</returns>
    public bool IsType(string type) => string.Equals(MediaType, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the type and subtype are the given ones (any case).</summary>
    /// <param name="type">A media type.</param>
    /// <param name="subtype">A subtype.</param>
    /// <returns>True when equal.</returns>
    public bool Is(string type, string subtype) => IsType(type) && string.Equals(MediaSubtype, subtype, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a Content-Type value (a malformed one is kept as broken, see <see cref="IsBroken"/>).</summary>
    /// <param name="value">The unfolded value.</param>
    /// <returns>The content type or null.</returns>
    public static ContentType Parse(ReadOnlySpan<byte> value)
    {
        var reader = new Rfc822Reader(value);
        reader.SkipCfws();
        byte[] type = reader.ReadMimeToken().ToArray();
        reader.SkipCfws();
        if (type.Length == 0 || !reader.TryRead((byte)'/')) return Broken(type);
        reader.SkipCfws();
        byte[] subtype = reader.ReadMimeToken().ToArray();
        if (subtype.Length == 0) return Broken(type);
        var parameters = ParameterParser.Read(ref reader, out bool broken);
        return new ContentType(type, subtype, ParameterParser.JoinContinuations(parameters), broken);
    }

    // Dovecot keeps a broken "text" as text with an empty subtype; any other broken value becomes "" "".
    private static ContentType Broken(byte[] type) =>
        new(System.Text.Ascii.EqualsIgnoreCase(type, "text"u8) ? type : [], [], [], true);

    /// <summary>The value as <c>type/subtype</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => MediaType + "/" + MediaSubtype;
}
