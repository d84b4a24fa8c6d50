using System.Buffers;
using System.Text;
using System.Text.Unicode;

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
        // Pooled buffers: a decoded word never has more bytes than its encoded text, so value.Length bounds them all.
        var output = new PooledChars(value.Length);
        byte[] pending = ArrayPool<byte>.Shared.Rent(value.Length);
        try
        {
            DecodeInto(value, ref output, pending);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
            ArrayPool<byte>.Shared.Return(pending);
        }
    }

    private static void DecodeInto(string value, ref PooledChars output, byte[] pending)
    {
        var words = new PendingWords(pending);
        int i = 0;
        int afterLastWord = -1;
        while (i < value.Length)
        {
            if (TryReadWord(value, i, out EncodedWord word))
            {
                bool adjacent = afterLastWord >= 0 && IsWhiteSpace(value.AsSpan(afterLastWord, i - afterLastWord));
                if (!adjacent) words.Flush(ref output, value.AsSpan(afterLastWord < 0 ? i : afterLastWord, afterLastWord < 0 ? 0 : i - afterLastWord));
                else if (words.Encoding is not null && words.Encoding.CodePage != word.Encoding.CodePage) words.Flush(ref output, default);
                words.Add(word, value);
                i = word.End;
                afterLastWord = word.End;
                continue;
            }
            if (afterLastWord >= 0 && !IsSpace(value[i]))
            {
                words.Flush(ref output, value.AsSpan(afterLastWord, i - afterLastWord));
                afterLastWord = -1;
            }
            if (afterLastWord < 0) output.Append(value[i]);
            i++;
        }
        words.Flush(ref output, afterLastWord < 0 ? default : value.AsSpan(afterLastWord));
    }

    /// <summary>Decoded bytes of adjacent words in one charset, joined so a character split across words survives.</summary>
    private ref struct PendingWords(byte[] buffer)
    {
        private int _length;

        public Encoding? Encoding { get; private set; }

        public void Add(EncodedWord word, string value)
        {
            Encoding = word.Encoding;
            ReadOnlySpan<char> text = value.AsSpan(word.TextStart, word.TextLength);
            Span<byte> into = buffer.AsSpan(_length);
            _length += word.IsBase64 ? Base64Codec.DecodeTolerant(text, into) : QuotedPrintable.DecodeWord(text, into);
        }

        /// <summary>Appends the pending text, then <paramref name="gap"/> (the text between the last word and what follows).</summary>
        public void Flush(ref PooledChars output, ReadOnlySpan<char> gap)
        {
            if (Encoding is not null && _length > 0) AppendDecoded(ref output, buffer.AsSpan(0, _length), Encoding);
            _length = 0;
            Encoding = null;
            output.Append(gap);
        }
    }

    private static void AppendDecoded(ref PooledChars output, ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        // US-ASCII labels are often wrong: decode as raw header bytes (UTF-8 when valid, else Latin-1), as Charsets.Decode does.
        if (encoding.CodePage == Encoding.ASCII.CodePage) encoding = Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.Latin1;
        Span<char> room = output.Reserve(encoding.GetMaxCharCount(bytes.Length));
        output.Advance(encoding.GetChars(bytes, room));
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsWhiteSpace(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!IsSpace(c)) return false;
        return true;
    }

    private readonly record struct EncodedWord(Encoding Encoding, bool IsBase64, int TextStart, int TextLength, int End);

    private static bool TryReadWord(string s, int start, out EncodedWord word)
    {
        word = default;
        if (start + 1 >= s.Length || s[start] != '=' || s[start + 1] != '?') return false;
        int q1 = s.IndexOf('?', start + 2);
        if (q1 < 0 || q1 + 2 >= s.Length || s[q1 + 2] != '?') return false;
        char encoding = char.ToUpperInvariant(s[q1 + 1]);
        if (encoding is not ('B' or 'Q')) return false;
        int textStart = q1 + 3;
        int close = s.IndexOf("?=", textStart, StringComparison.Ordinal);
        if (close < 0) return false;
        if (s.AsSpan(textStart, close - textStart).ContainsAny(' ', '\t')) return false;
        ReadOnlySpan<char> charset = s.AsSpan(start + 2, q1 - start - 2);
        int star = charset.IndexOf('*');
        if (star >= 0) charset = charset[..star]; // RFC 2231 language suffix
        if (Charsets.Find(charset) is not { } found) return false;
        word = new EncodedWord(found, encoding == 'B', textStart, close - textStart, close + 2);
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
