using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Imap4.Server.Authentication;

/// <summary>
/// SASLprep (RFC 4013) for passwords, so that SCRAM keys and stored hashes match whatever normalisation a client applies:
/// non-ASCII spaces become SP, characters "commonly mapped to nothing" disappear, NFKC applies, and control,
/// private-use, surrogate and non-character code points are refused. Bidirectional rules are not checked.
/// </summary>
public static class SaslPrep
{
    /// <summary>Prepares a string.</summary>
    /// <param name="value">The input.</param>
    /// <returns>The prepared string.</returns>
    /// <exception cref="ArgumentException">The string holds a prohibited character.</exception>
    public static string Prepare(string value) =>
        TryPrepare(value, out string? prepared) ? prepared : throw new ArgumentException("The string holds a character SASLprep prohibits.", nameof(value));

    /// <summary>Prepares a string, answering false when it holds a prohibited character.</summary>
    /// <param name="value">The input.</param>
    /// <param name="prepared">The prepared string.</param>
    /// <returns>True on success.</returns>
    public static bool TryPrepare(string value, [NotNullWhen(true)] out string? prepared)
    {
        ArgumentNullException.ThrowIfNull(value);
        prepared = null;
        if (Ascii.IsValid(value))
        {
            // Fast path: printable ASCII is unchanged; ASCII controls are prohibited.
            foreach (char c in value)
                if (c < 0x20 || c == 0x7F) return false;
            prepared = value;
            return true;
        }
        var mapped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (IsMappedToNothing(c)) continue;
            mapped.Append(IsNonAsciiSpace(c) ? ' ' : c);
        }
        string normalized = mapped.ToString().Normalize(NormalizationForm.FormKC);
        if (!IsAllowed(normalized)) return false;
        prepared = normalized;
        return true;
    }

    private static bool IsAllowed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(s[i], s[i + 1]);
                if (cp >= 0xF0000 || (cp & 0xFFFE) == 0xFFFE) return false; // private use planes, non-characters
                i++;
                continue;
            }
            char c = s[i];
            UnicodeCategory category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate) return false;
            if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' or >= '\uFFF9' and <= '\uFFFD') return false;
            if (c is >= '\u2FF0' and <= '\u2FFB' or >= '\u200E' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u206A' and <= '\u206F') return false;
        }
        return true;
    }

    private static bool IsMappedToNothing(char c) => c is '\u00AD' or '\u034F' or '\u1806' or '\u180B' or '\u180C' or '\u180D'
        or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or >= '\uFE00' and <= '\uFE0F';

    private static bool IsNonAsciiSpace(char c) => c is '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200B'
        or '\u202F' or '\u205F' or '\u3000';
}
