using System.Text;

namespace Imap4.Mime.Headers;

/// <summary>A parsed Content-Disposition (RFC 2183): the disposition type and its parameters.</summary>
public sealed class ContentDisposition
{
    private ContentDisposition(byte[] type, List<RawParameter> raw)
    {
        RawType = type;
        RawParameters = raw;
        Parameters = ParameterParser.Decode(raw);
    }

    internal byte[] RawType { get; }

    internal List<RawParameter> RawParameters { get; }

    /// <summary>The disposition as written, e.g. <c>attachment</c>.</summary>
    public string Disposition => Encoding.UTF8.GetString(RawType);

    /// <summary>Decoded parameters.</summary>
    public IReadOnlyList<MimeParameter> Parameters { get; }

    /// <summary>Whether this is <c>attachment</c>.</summary>
    public bool IsAttachment => string.Equals(Disposition, "attachment", StringComparison.OrdinalIgnoreCase);

    /// <summary>The decoded file name parameter, or null.</summary>
    public string? FileName
    {
        get
        {
            foreach (var p in Parameters)
                if (p.Name == "filename") return p.Value;
            return null;
        }
    }

    /// <summary>Parses a Content-Disposition value; null when empty.</summary>
    /// <param name="value">The unfolded value.</param>
    /// <returns>The disposition or null.</returns>
    public static ContentDisposition? Parse(ReadOnlySpan<byte> value)
    {
        var reader = new Rfc822Reader(value);
        reader.SkipCfws();
        byte[] type = reader.ReadMimeToken().ToArray();
        if (type.Length == 0) return null;
        var parameters = ParameterParser.Read(ref reader, out _);
        return new ContentDisposition(type, ParameterParser.JoinContinuations(parameters));
    }

    /// <summary>The disposition type.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Disposition;
}
