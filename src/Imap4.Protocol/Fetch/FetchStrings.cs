using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// Reads the strings of FETCH data. Values that recur in almost every BODYSTRUCTURE (media types, encodings, common
/// parameter names and charsets) come from a static table keyed by their bytes, so parsing them allocates nothing.
/// </summary>
internal static class FetchStrings
{
    private const int MaxLength = 24;

    private static readonly string[] Common =
    [
        "TEXT", "PLAIN", "HTML", "MULTIPART", "MIXED", "ALTERNATIVE", "RELATED", "SIGNED", "REPORT", "DIGEST",
        "APPLICATION", "OCTET-STREAM", "PDF", "IMAGE", "JPEG", "PNG", "GIF", "MESSAGE", "RFC822", "GLOBAL",
        "DELIVERY-STATUS", "CALENDAR", "AUDIO", "VIDEO", "PGP-SIGNATURE",
        "BASE64", "QUOTED-PRINTABLE", "7BIT", "8BIT", "BINARY",
        "CHARSET", "UTF-8", "US-ASCII", "ISO-8859-1", "ISO-8859-15", "WINDOWS-1252", "BOUNDARY", "NAME", "FILENAME",
        "FORMAT", "FLOWED", "DELSP", "YES", "NO", "ATTACHMENT", "INLINE", "METHOD", "TYPE", "PROTOCOL", "MICALG",
        "EN", "EN-US",
        "text", "plain", "html", "multipart", "mixed", "alternative", "related", "signed", "report", "application",
        "octet-stream", "pdf", "image", "jpeg", "png", "message", "rfc822", "global", "calendar",
        "base64", "quoted-printable", "7bit", "8bit", "binary",
        "charset", "utf-8", "us-ascii", "iso-8859-1", "windows-1252", "boundary", "name", "filename", "format",
        "flowed", "delsp", "yes", "attachment", "inline", "en", "en-US", "Text", "Plain", "Html", "Base64", "7Bit", "8Bit",
        "UTF8", "utf8",
    ];

    // Buckets by length; each entry keeps the bytes next to the string to compare without decoding.
    private static readonly (byte[] Bytes, string Value)[][] Table = Build();

    private static (byte[], string)[][] Build()
    {
        var lists = new List<(byte[], string)>[MaxLength + 1];
        foreach (string s in Common)
        {
            if (s.Length > MaxLength) throw new InvalidOperationException(s);
            (lists[s.Length] ??= []).Add((Encoding.ASCII.GetBytes(s), s));
        }
        var table = new (byte[], string)[MaxLength + 1][];
        for (int i = 0; i <= MaxLength; i++) table[i] = lists[i]?.ToArray() ?? [];
        return table;
    }

    /// <summary>The shared string for <paramref name="bytes"/> when it is in the table (exact, case-sensitive match).</summary>
    public static string? TryIntern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxLength) return null;
        foreach ((byte[] candidate, string value) in Table[bytes.Length])
            if (bytes.SequenceEqual(candidate)) return value;
        return null;
    }

    /// <summary>string (quoted or literal) decoded as UTF-8, shared when common and <paramref name="intern"/> is set.</summary>
    public static string ReadString(ref ImapReader reader, bool intern)
    {
        byte b = reader.Peek();
        if (b == '"')
        {
            ReadOnlySpan<byte> span = reader.ReadQuotedSpan();
            return (intern ? TryIntern(span) : null) ?? Encoding.UTF8.GetString(span);
        }
        if (b is (byte)'{' or (byte)'~')
        {
            ReadOnlySequence<byte> data = reader.ReadLiteral(out _);
            return data.IsSingleSegment ? Encoding.UTF8.GetString(data.FirstSpan) : Encoding.UTF8.GetString(in data);
        }
        reader.Fail("expected string");
        return null;
    }

    /// <summary>nstring: NIL (null) or a string.</summary>
    public static string? ReadNString(ref ImapReader reader, bool intern)
    {
        byte b = reader.Peek();
        if (b is (byte)'N' or (byte)'n')
        {
            if (!reader.TryReadNil()) reader.Fail("expected NIL or string");
            return null;
        }
        return ReadString(ref reader, intern);
    }

    /// <summary>nstring as bytes copied out of the frame: NIL (null), quoted or literal.</summary>
    /// <remarks>Returns a nullable memory (not an array) so that NIL never turns into an empty value by conversion.</remarks>
    public static ReadOnlyMemory<byte>? ReadNStringBytes(ref ImapReader reader, out bool literal8)
    {
        literal8 = false;
        byte b = reader.Peek();
        if (b == '"') return reader.ReadQuotedSpan().ToArray();
        if (b is (byte)'{' or (byte)'~') return reader.ReadLiteral(out literal8).ToArray();
        if (!reader.TryReadNil()) reader.Fail("expected NIL or string");
        return null;
    }

    /// <summary>SP, tolerating its absence before an opening parenthesis (seen between list elements).</summary>
    public static void SkipSpaceBeforeList(ref ImapReader reader)
    {
        if (!reader.TryReadSpace() && !(reader.TryPeek(out byte b) && b == '(')) reader.Fail("expected SP");
    }
}
