using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// Unknown extension values (tagged-ext-val of RFC 4466: a sequence-set or number, or a parenthesised list) kept as
/// their wire text, so that options and return data of extensions not known here pass through unchanged.
/// </summary>
internal static class TaggedExtensionValue
{
    /// <summary>True when SP and then a value (rather than a tagged-ext-label) come next.</summary>
    internal static bool IsSpaceThenValue(ref ImapReader reader)
    {
        if (!reader.TryPeek(0, out byte sp) || sp != ' ' || !reader.TryPeek(1, out byte b)) return false;
        if (ImapChars.IsDigit(b) || b is (byte)'(' or (byte)'$' or (byte)'*') return true;
        return b == '-' && reader.TryPeek(2, out byte next) && ImapChars.IsDigit(next); // partial-range-last
    }

    /// <summary>Reads one value and returns its wire text.</summary>
    internal static string Read(ref ImapReader reader)
    {
        var rest = reader.Remaining;
        long start = reader.Position;
        if (reader.Peek() == '(') SkipList(ref reader);
        else SkipSimple(ref reader);
        return Encoding.UTF8.GetString(rest.Slice(0, reader.Position - start));
    }

    private static void SkipSimple(ref ImapReader reader)
    {
        long start = reader.Position;
        while (reader.TryPeek(out byte b) && (ImapChars.IsAtomChar(b) || b == '*')) reader.Advance(1);
        if (reader.Position == start) reader.Fail("expected tagged-ext-val");
    }

    // Iterative, so depth costs no stack; nesting is still bounded by the reader's limit.
    private static void SkipList(ref ImapReader reader)
    {
        int depth = 0;
        do
        {
            byte b = reader.Peek();
            if (b == '"')
            {
                reader.ReadQuotedSpan();
                continue;
            }
            if (b is (byte)'\r' or (byte)'\n' or (byte)'{' or (byte)'~' or 0) reader.Fail("unsupported byte in tagged-ext-val");
            if (b == '(')
            {
                reader.EnterList();
                depth++;
            }
            else if (b == ')')
            {
                reader.ExitList();
                depth--;
            }
            else reader.Advance(1);
        }
        while (depth > 0);
    }

    /// <summary>Validates a value given by a caller: printable text with balanced parentheses outside quoted strings.</summary>
    internal static string Check(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        int depth = 0;
        bool quoted = false, escaped = false;
        foreach (char c in value)
        {
            if (char.IsControl(c)) throw new ArgumentException("Control characters are not allowed.", name);
            if (quoted)
            {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') quoted = false;
                continue;
            }
            if (c == '"') quoted = true;
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) break;
        }
        return value.Length > 0 && depth == 0 && !quoted ? value : throw new ArgumentException($"'{value}' is not a tagged-ext-val.", name);
    }

    /// <summary>Validates and upper-cases a label given by a caller.</summary>
    internal static string CheckLabel(string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        return IsLabel(name) ? name.ToUpperInvariant() : throw new ArgumentException($"'{name}' is not a tagged-ext-label.", paramName);
    }

    /// <summary>tagged-ext-label: (ALPHA / "-" / "_" / ".") *(that / DIGIT / ":").</summary>
    internal static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || !(char.IsAsciiLetter(label[0]) || label[0] is '-' or '_' or '.')) return false;
        foreach (char c in label)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')) return false;
        return true;
    }
}
