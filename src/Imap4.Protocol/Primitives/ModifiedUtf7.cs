using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// The modified UTF-7 encoding of IMAP mailbox names (RFC 3501 section 5.1.3, RFC 9051 section 5.1.3).
/// Printable US-ASCII other than <c>&amp;</c> stands for itself, <c>&amp;</c> is written <c>&amp;-</c>, and every other
/// run of characters is UTF-16BE in modified base64 (<c>,</c> instead of <c>/</c>, no padding) between <c>&amp;</c>
/// and <c>-</c>. Decoding is strict: only the one canonical encoding of a name is accepted.
/// </summary>
public static class ModifiedUtf7
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    private static readonly sbyte[] Values = BuildValues();

    private static sbyte[] BuildValues()
    {
        var v = new sbyte[128];
        Array.Fill(v, (sbyte)-1);
        for (int i = 0; i < Alphabet.Length; i++) v[Alphabet[i]] = (sbyte)i;
        return v;
    }

    private static bool IsDirect(char c) => c is >= '\x20' and <= '\x7E';

    /// <summary>Encodes a Unicode mailbox name.</summary>
    /// <param name="value">The name; must be well-formed UTF-16 (no lone surrogates).</param>
    /// <returns>The 7-bit modified UTF-7 form.</returns>
    /// <exception cref="ArgumentException">The value contains a lone surrogate.</exception>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsWellFormed(value)) throw new ArgumentException("The name contains a lone surrogate.", nameof(value));
        var sb = new StringBuilder(value.Length + 8);
        int i = 0;
        while (i < value.Length)
        {
            char c = value[i];
            if (c == '&') { sb.Append("&-"); i++; }
            else if (IsDirect(c)) { sb.Append(c); i++; }
            else i = EncodeRun(value, i, sb);
        }
        return sb.ToString();
    }

    // Encodes the maximal run of non-direct characters starting at 'start' as one shift; returns the end index.
    private static int EncodeRun(string value, int start, StringBuilder sb)
    {
        sb.Append('&');
        int bits = 0, buffer = 0, i = start;
        for (; i < value.Length && !IsDirect(value[i]); i++)
        {
            buffer = (buffer << 16) | value[i];
            bits += 16;
            while (bits >= 6)
            {
                bits -= 6;
                sb.Append(Alphabet[(buffer >> bits) & 0x3F]);
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) sb.Append(Alphabet[(buffer << (6 - bits)) & 0x3F]);
        sb.Append('-');
        return i;
    }

    /// <summary>Decodes a modified UTF-7 mailbox name.</summary>
    /// <param name="value">The encoded name.</param>
    /// <returns>The Unicode name.</returns>
    /// <exception cref="FormatException">The value is not a canonical modified UTF-7 encoding; the message says why.</exception>
    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryDecode(value, out string? result, out string? error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to decode a modified UTF-7 mailbox name.</summary>
    /// <param name="value">The encoded name.</param>
    /// <param name="result">The Unicode name when valid.</param>
    /// <returns>True when <paramref name="value"/> is a canonical modified UTF-7 encoding.</returns>
    public static bool TryDecode(string? value, [NotNullWhen(true)] out string? result)
    {
        if (value is null) { result = null; return false; }
        return TryDecode(value, out result, out _);
    }

    private static bool TryDecode(string value, [NotNullWhen(true)] out string? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        var sb = new StringBuilder(value.Length);
        bool afterShift = false; // "-&" between two base64 runs is a null shift, which RFC 3501 forbids
        int i = 0;
        while (i < value.Length)
        {
            char c = value[i];
            if (!IsDirect(c)) { error = $"character U+{(int)c:X4} at {i} must be base64-encoded"; return false; }
            if (c != '&') { sb.Append(c); i++; afterShift = false; continue; }
            int end = value.IndexOf('-', i + 1);
            if (end < 0) { error = $"shift at {i} is not terminated by '-'"; return false; }
            if (end == i + 1) { sb.Append('&'); i = end + 1; afterShift = false; continue; }
            if (afterShift) { error = $"shift at {i} directly follows another shift; they must be one shift"; return false; }
            if (!DecodeRun(value.AsSpan(i + 1, end - i - 1), sb, out error)) { error += $" (shift at {i})"; return false; }
            i = end + 1;
            afterShift = true;
        }
        result = sb.ToString();
        error = null;
        return true;
    }

    private static bool DecodeRun(ReadOnlySpan<char> run, StringBuilder sb, [NotNullWhen(false)] out string? error)
    {
        int bits = 0, buffer = 0, start = sb.Length;
        foreach (char ch in run)
        {
            int v = ch < 128 ? Values[ch] : -1;
            if (v < 0) { error = $"'{ch}' is not a modified base64 character"; return false; }
            buffer = (buffer << 6) | v;
            bits += 6;
            if (bits >= 16)
            {
                bits -= 16;
                char unit = (char)((buffer >> bits) & 0xFFFF);
                if (IsDirect(unit)) { error = $"printable ASCII U+{(int)unit:X4} must not be base64-encoded"; return false; }
                sb.Append(unit);
                buffer &= (1 << bits) - 1;
            }
        }
        if (bits >= 8) { error = "odd number of bytes in UTF-16"; return false; }
        if (bits >= 6) { error = "superfluous base64 character"; return false; }
        if (buffer != 0) { error = "non-zero padding bits"; return false; }
        if (!IsWellFormed(sb.ToString(start, sb.Length - start))) { error = "lone surrogate in UTF-16"; return false; }
        error = null;
        return true;
    }

    /// <summary>True when <paramref name="s"/> has no lone surrogate.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }
}
