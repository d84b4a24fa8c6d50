using System.Text;

namespace Imap4.Server.Tests.Support;

/// <summary>
/// Seeded generator of hostile command lines: valid commands (often in the wrong state), byte-flipped and truncated
/// ones, literal bombs, deep nesting, NULs, invalid UTF-8, huge atoms and random bytes. Every line is exactly one
/// command ending in CRLF, and never ends in a literal announcement unless it is a deliberate bomb.
/// </summary>
internal sealed class HostileLines(int seed, int maxLineLength)
{
    /// <summary>One generated line. <paramref name="MustFail"/>: the server must not answer OK or a continuation.</summary>
    public sealed record Line(string Kind, byte[] Bytes, bool MustFail);

    private static readonly string[] Valid =
    [
        "NOOP", "CAPABILITY", "LOGIN mallory secret", "LOGIN alice wrong", "SELECT INBOX", "EXAMINE INBOX",
        "FETCH 1:* (FLAGS ENVELOPE BODY.PEEK[HEADER] BODYSTRUCTURE)", "UID FETCH 1:* BODY[]", "FETCH 1 BODY[1.2.3]<0.10>",
        "STORE 1 +FLAGS (\\Seen $Junk)", "STORE 1:* -FLAGS.SILENT (\\Deleted)", "SEARCH OR SUBJECT hello NOT SEEN",
        "UID SEARCH RETURN (MIN MAX COUNT) ALL", "SEARCH CHARSET UTF-8 TEXT \"caf\u00e9\"", "LIST \"\" *", "LSUB \"\" *",
        "STATUS INBOX (MESSAGES UIDNEXT UNSEEN)", "CREATE Fuzz", "RENAME Fuzz Fuzz2", "DELETE Fuzz2", "COPY 1 Fuzz",
        "MOVE 2 Fuzz", "EXPUNGE", "UID EXPUNGE 1:3", "CLOSE", "UNSELECT", "ID NIL", "ID (\"name\" \"fuzz\")",
        "ENABLE UTF8=ACCEPT", "NAMESPACE", "IDLE", "AUTHENTICATE PLAIN", "STARTTLS", "CHECK", "SUBSCRIBE Fuzz",
        "SELECT \"../alice/INBOX\"", "SELECT \"~alice/INBOX\"", "SELECT \"#shared/alice/INBOX\"", "DELETE INBOX",
        "RENAME INBOX Old", "GETQUOTAROOT INBOX", "SORT (DATE) UTF-8 ALL", "THREAD REFERENCES UTF-8 ALL",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
    ];

    private readonly Random _random = new(seed);
    private int _tag;

    public Line Next()
    {
        string tag = "H" + ++_tag;
        int roll = _random.Next(100);
        return roll switch
        {
            < 27 => new Line("valid", Ascii($"{tag} {Pick(Valid)}"), false),
            < 52 => new Line("flipped", Sanitize(Flip(Ascii($"{tag} {Pick(Valid)}"))), false),
            < 62 => new Line("truncated", Sanitize(Truncate(Ascii($"{tag} {Pick(Valid)}"))), false),
            < 67 => new Line("literal bomb", Ascii($"{tag} {Pick(Bombs)}"), true),
            < 70 => new Line("nesting", Ascii(tag + Nesting()), true),
            < 77 => new Line("nul", Insert(Ascii($"{tag} {Pick(Valid)}"), [0]), true),
            // Outside literals the grammar allows only valid UTF-8 (atoms are 7-bit, quoted strings UTF-8): always BAD.
            < 84 => new Line("invalid utf-8", Insert(Ascii($"{tag} {Pick(Valid)}"), Pick(InvalidUtf8)), true),
            < 89 => HugeAtomLine(tag),
            _ => new Line("random", Sanitize(RandomBytes()), false),
        };
    }

    private static readonly string[] Bombs =
    [
        "APPEND INBOX {4294967295}", "APPEND INBOX {4294967295+}", "LOGIN {4294967295}", "APPEND INBOX {18446744073709551615}",
        "APPEND INBOX {99999999999999999999999999}", "SELECT {2147483648}", "APPEND INBOX (\\Seen) {4294967296+}",
    ];

    private string Nesting() => _random.Next(5) switch
    {
        0 => " FETCH 1 " + new string('(', 100_000),
        1 => " SEARCH " + new string('(', (maxLineLength / 2) - 20),
        2 => " SEARCH " + string.Concat(Enumerable.Repeat("NOT ", (maxLineLength / 4) - 10)) + "ALL",
        3 => " STORE 1 FLAGS " + new string('(', (maxLineLength / 2) - 20),
        _ => " ID " + new string('(', maxLineLength - 20) + new string(')', 10),
    };

    /// <summary>A huge tag on a valid NOOP may be answered OK; huge mailbox names and user names may not.</summary>
    private Line HugeAtomLine(string tag)
    {
        string text = tag + HugeAtom(tag.Length);
        return new Line("huge atom", Ascii(text), !text.EndsWith(" NOOP", StringComparison.Ordinal));
    }

    private string HugeAtom(int tagLength) => _random.Next(4) switch
    {
        0 => " SELECT " + new string('a', maxLineLength - tagLength - 12),
        1 => " LOGIN " + new string('x', maxLineLength - tagLength - 20) + " y",
        2 => " SELECT " + new string('a', maxLineLength + 5_000),
        _ => new string('T', maxLineLength - tagLength - 10) + " NOOP",
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text + "\r\n");

    private byte[] Body(byte[] line) => line[..^2];

    private byte[] Flip(byte[] line)
    {
        byte[] body = Body(line);
        for (int i = _random.Next(1, 5); i > 0; i--) body[_random.Next(body.Length)] = (byte)_random.Next(256);
        return body;
    }

    private byte[] Truncate(byte[] line) => Body(line)[.._random.Next(Body(line).Length)];

    private byte[] Insert(byte[] line, byte[] bytes)
    {
        byte[] body = Body(line);
        int at = _random.Next(body.Length + 1);
        return [.. body[..at], .. bytes, .. body[at..], (byte)'\r', (byte)'\n'];
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(1, 200)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>One command per line: no CR/LF inside, and no accidental literal announcement at the end.</summary>
    private static byte[] Sanitize(byte[] body)
    {
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i] is (byte)'\r' or (byte)'\n') body[i] = (byte)'_';
        }
        string tail = Encoding.Latin1.GetString(body);
        bool literal = System.Text.RegularExpressions.Regex.IsMatch(tail, @"\{[0-9]*[+-]?\}$");
        return [.. body, .. literal ? " x"u8.ToArray() : [], (byte)'\r', (byte)'\n'];
    }
}
