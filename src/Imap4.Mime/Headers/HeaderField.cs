using System.Text;
using Imap4.Mime.Codecs;

namespace Imap4.Mime.Headers;

/// <summary>
/// One header field as it appeared in the message: the raw bytes (name, colon, folded value and line ends) are kept,
/// so sections like <c>HEADER.FIELDS</c> can be served exactly; the value is offered unfolded and decoded on demand.
/// </summary>
public sealed class HeaderField
{
    private readonly byte[] _raw;
    private readonly int _valueStart;

    internal HeaderField(string name, byte[] raw, int valueStart, long offset)
    {
        Name = name;
        _raw = raw;
        _valueStart = valueStart;
        Offset = offset;
    }

    /// <summary>The field name as written, without trailing white space (e.g. <c>Subject</c>).</summary>
    public string Name { get; }

    /// <summary>Byte offset of the field in the message.</summary>
    public long Offset { get; }

    /// <summary>The whole field as in the message: name, colon, value, folding and final line end.</summary>
    public ReadOnlyMemory<byte> Raw => _raw;

    /// <summary>The raw value: the bytes after the colon, folding kept, final line end removed.</summary>
    public ReadOnlySpan<byte> RawValue
    {
        get
        {
            var value = _raw.AsSpan(Math.Min(_valueStart, _raw.Length));
            if (value.EndsWith("\n"u8)) value = value[..^1];
            if (value.EndsWith("\r"u8)) value = value[..^1];
            return value;
        }
    }

    /// <summary>
    /// The unfolded value bytes: CR and LF removed (the white space after a fold stays), leading white space removed.
    /// This is what ENVELOPE strings and structured parsers see.
    /// </summary>
    public byte[] UnfoldedBytes()
    {
        var value = RawValue;
        int start = 0;
        while (start < value.Length && value[start] is (byte)' ' or (byte)'\t') start++;
        value = value[start..];
        var result = new byte[value.Length];
        int n = 0;
        foreach (byte b in value)
            if (b != (byte)'\r' && b != (byte)'\n') result[n++] = b;
        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }

    /// <summary>The unfolded value as text (UTF-8; invalid bytes are read as Latin-1), encoded words not decoded.</summary>
    public string Value => Charsets.DecodeRawHeader(UnfoldedBytes());

    /// <summary>The unfolded value with RFC 2047 encoded words decoded.</summary>
    public string DecodedValue => EncodedWords.Decode(Value);

    private static bool IsFoldingSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>The raw field as text.</summary>
    /// <returns>The field.</returns>
    public override string ToString() => Encoding.UTF8.GetString(_raw).TrimEnd('\r', '\n');
}
