using System.Text;

namespace Imap4.Mime.Codecs;

/// <summary>
/// RFC 2047 encoded words (<c>=?charset?B?...?=</c> and <c>=?charset?Q?...?=</c>): decoding with any known charset,
/// white space between adjacent encoded words dropped, bytes of adjacent words in the same charset joined before decoding
/// (so a character split across words survives); encoding for the builder.
/// </summary>
public static class EncodedWords
{
    /// <summary>Decodes every encoded word in a header value; malformed or unknown-charset words stay as written.</summary>
    /// <param name="value">The unfolded header value.</param>
    /// <returns>The decoded text.</returns>
    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains("=?", StringComparison.Ordinal)) return value;
        var result = new StringBuilder(value.Length);
        var pending = new List<byte>();
        string? pendingCharset = null;
        int i = 0;
        int afterLastWord = -1;
        while (i < value.Length)
        {
            if (TryReadWord(value, i, out int end, out string charset, out byte[] bytes))
            {
                bool adjacent = afterLastWord >= 0 && IsWhiteSpace(value.AsSpan(afterLastWord, i - afterLastWord));
                if (!adjacent) Flush(result, pending, ref pendingCharset, value, afterLastWord, i);
                else if (!string.Equals(pendingCharset, charset, StringComparison.OrdinalIgnoreCase)) Flush(result, pending, ref pendingCharset, value, i, i);
                pendingCharset = charset;
                pending.AddRange(bytes);
                i = end;
                afterLastWord = end;
                continue;
            }
            if (afterLastWord >= 0 && !IsSpace(value[i]))
            {
                Flush(result, pending, ref pendingCharset, value, afterLastWord, i);
                afterLastWord = -1;
            }
            if (afterLastWord < 0) result.Append(value[i]);
            i++;
        }
        Flush(result, pending, ref pendingCharset, value, afterLastWord < 0 ? value.Length : afterLastWord, value.Length);
        return result.ToString();
    }

    private static void Flush(StringBuilder result, List<byte> pending, ref string? charset, string value, int gapStart, int gapEnd)
    {
        if (pending.Count > 0) result.Append(Charsets.Decode(pending.ToArray(), charset));
        pending.Clear();
        charset = null;
        if (gapStart >= 0 && gapEnd > gapStart) result.Append(value, gapStart, gapEnd - gapStart);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsWhiteSpace(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!IsSpace(c)) return false;
        return true;
    }

    private static bool TryReadWord(string s, int start, out int end, out string charset, out byte[] bytes)
    {
        end = 0;
        charset = "";
        bytes = [];
        if (start + 1 >= s.Length || s[start] != '=' || s[start + 1] != '?') return false;
        int q1 = s.IndexOf('?', start + 2);
        if (q1 < 0 || q1 + 2 >= s.Length || s[q1 + 2] != '?') return false;
        char encoding = char.ToUpperInvariant(s[q1 + 1]);
        if (encoding is not ('B' or 'Q')) return false;
        int textStart = q1 + 3;
        int close = s.IndexOf("?=", textStart, StringComparison.Ordinal);
        if (close < 0) return false;
        var text = s.AsSpan(textStart, close - textStart);
        if (text.ContainsAny(' ', '\t')) return false;
        charset = s[(start + 2)..q1];
        int star = charset.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0) charset = charset[..star]; // RFC 2231 language suffix
        if (Charsets.Find(charset) is null) return false;
        bytes = encoding == 'B' ? Base64Codec.DecodeTolerant(text) : QuotedPrintable.DecodeWord(text);
        end = close + 2;
        return true;
    }

    /// <summary>
    /// Encodes text for an unstructured header when it needs it (non-ASCII or looks like an encoded word):
    /// UTF-8 B words of at most 60 characters (so a header name fits on the first line), whole characters per word; plain ASCII is returned unchanged.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The header-safe text.</returns>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool needs = text.Contains("=?", StringComparison.Ordinal);
        foreach (char c in text)
            if (c > 126 || (c < 32 && c != '\t')) needs = true;
        return needs ? EncodeAlways(text) : text;
    }

    /// <summary>Encodes the whole text as UTF-8 B words of at most 60 characters, whole characters per word.</summary>
    internal static string EncodeAlways(string text)
    {
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            string r = rune.ToString();
            if (Encoding.UTF8.GetByteCount(chunk + r) > 36)
            {
                words.Add(EncodeWord(chunk.ToString()));
                chunk.Clear();
            }
            chunk.Append(r);
        }
        if (chunk.Length > 0) words.Add(EncodeWord(chunk.ToString()));
        return string.Join(' ', words);
    }

    private static string EncodeWord(string s) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(s)) + "?=";
}
