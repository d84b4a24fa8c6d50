namespace Imap4.Protocol.Wire;

/// <summary>
/// Byte classes of the IMAP grammar (RFC 9051 section 9), as lookup tables so that scanners test a byte in one load.
/// </summary>
public static class ImapChars
{
    [Flags]
    private enum Class : byte
    {
        None = 0,
        /// <summary>ATOM-CHAR: any CHAR except atom-specials.</summary>
        Atom = 1,
        /// <summary>ASTRING-CHAR: ATOM-CHAR or resp-specials ("]").</summary>
        AString = 2,
        /// <summary>tag: ASTRING-CHAR except "+".</summary>
        Tag = 4,
        /// <summary>list-char: ATOM-CHAR or list-wildcards or resp-specials.</summary>
        ListChar = 8,
        /// <summary>quoted-specials: DQUOTE or backslash.</summary>
        QuotedSpecial = 16,
        /// <summary>TEXT-CHAR: CHAR except CR and LF.</summary>
        Text = 32,
        /// <summary>DIGIT.</summary>
        Digit = 64,
    }

    private static readonly Class[] Table = Build();

    private static Class[] Build()
    {
        var t = new Class[256];
        for (int b = 0x01; b <= 0x7F; b++)
        {
            var c = Class.None;
            bool ctl = b < 0x20 || b == 0x7F;
            bool atomSpecial = ctl || b is (byte)'(' or (byte)')' or (byte)'{' or (byte)' ' or (byte)'%' or (byte)'*'
                or (byte)'"' or (byte)'\\' or (byte)']';
            if (!atomSpecial)
            {
                c |= Class.Atom | Class.AString | Class.ListChar;
                if (b != '+') c |= Class.Tag;
            }
            if (b == ']') c |= Class.AString | Class.ListChar | Class.Tag;
            if (b is (byte)'%' or (byte)'*') c |= Class.ListChar;
            if (b is (byte)'"' or (byte)'\\') c |= Class.QuotedSpecial;
            if (b is not ((byte)'\r' or (byte)'\n')) c |= Class.Text;
            if (b is >= (byte)'0' and <= (byte)'9') c |= Class.Digit;
            t[b] = c;
        }
        return t;
    }

    /// <summary>ATOM-CHAR: any CHAR except atom-specials <c>( ) { SP CTL % * " \ ]</c>.</summary>
    public static bool IsAtomChar(byte b) => (Table[b] & Class.Atom) != 0;

    /// <summary>ASTRING-CHAR: ATOM-CHAR or <c>]</c>.</summary>
    public static bool IsAStringChar(byte b) => (Table[b] & Class.AString) != 0;

    /// <summary>A character of a tag: ASTRING-CHAR except <c>+</c>.</summary>
    public static bool IsTagChar(byte b) => (Table[b] & Class.Tag) != 0;

    /// <summary>list-char: ATOM-CHAR, list-wildcards (<c>%</c>, <c>*</c>) or <c>]</c>.</summary>
    public static bool IsListChar(byte b) => (Table[b] & Class.ListChar) != 0;

    /// <summary>quoted-specials: DQUOTE or backslash.</summary>
    public static bool IsQuotedSpecial(byte b) => (Table[b] & Class.QuotedSpecial) != 0;

    /// <summary>TEXT-CHAR: any 7-bit CHAR except CR and LF (NUL excluded).</summary>
    public static bool IsTextChar(byte b) => (Table[b] & Class.Text) != 0;

    /// <summary>DIGIT.</summary>
    public static bool IsDigit(byte b) => (Table[b] & Class.Digit) != 0;

    /// <summary>True when every byte of <paramref name="value"/> is an ATOM-CHAR and it is not empty.</summary>
    public static bool IsAtom(ReadOnlySpan<byte> value) => value.Length > 0 && AllOf(value, Class.Atom);

    /// <summary>True when every character of <paramref name="value"/> is an ATOM-CHAR and it is not empty.</summary>
    public static bool IsAtom(ReadOnlySpan<char> value) => value.Length > 0 && AllOf(value, Class.Atom);

    /// <summary>True when every character of <paramref name="value"/> is an ASTRING-CHAR and it is not empty.</summary>
    public static bool IsAStringAtom(ReadOnlySpan<char> value) => value.Length > 0 && AllOf(value, Class.AString);

    /// <summary>True when <paramref name="value"/> is a valid tag.</summary>
    public static bool IsTag(ReadOnlySpan<char> value) => value.Length > 0 && AllOf(value, Class.Tag);

    /// <summary>True when <paramref name="value"/> is made of list-chars (a LIST pattern that can go unquoted).</summary>
    public static bool IsListMailbox(ReadOnlySpan<char> value) => value.Length > 0 && AllOf(value, Class.ListChar);

    private static bool AllOf(ReadOnlySpan<byte> value, Class c)
    {
        foreach (byte b in value)
            if ((Table[b] & c) == 0) return false;
        return true;
    }

    private static bool AllOf(ReadOnlySpan<char> value, Class c)
    {
        foreach (char ch in value)
            if (ch > 0x7F || (Table[ch] & c) == 0) return false;
        return true;
    }
}
