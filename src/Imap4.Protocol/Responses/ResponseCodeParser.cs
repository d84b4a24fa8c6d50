using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>Reads the arguments of a response code, positioned just after its name (before SP or "]").</summary>
/// <param name="reader">The reader.</param>
/// <param name="name">The code's name, upper case.</param>
/// <returns>The code.</returns>
public delegate ResponseCode ResponseCodeArgumentsParser(ref ImapReader reader, string name);

/// <summary>Parses <c>"[" resp-text-code "]"</c>; codes register their parsers in registry parts.</summary>
public static partial class ResponseCodeParser
{
    private static readonly Dictionary<string, ResponseCodeArgumentsParser> Codes = Build();

    private static Dictionary<string, ResponseCodeArgumentsParser> Build()
    {
        var d = new Dictionary<string, ResponseCodeArgumentsParser>(StringComparer.OrdinalIgnoreCase);
        AddCodes(d);
        return d;
    }

    static partial void AddCodes(Dictionary<string, ResponseCodeArgumentsParser> registry);

    /// <summary>Reads a bracketed response code, including both brackets.</summary>
    /// <param name="reader">The reader, positioned at "[".</param>
    /// <returns>The code.</returns>
    public static ResponseCode Read(ref ImapReader reader)
    {
        reader.Expect((byte)'[', "\"[\"");
        string name = reader.ReadAtom().ToUpperInvariant();
        ResponseCode code;
        if (Codes.TryGetValue(name, out ResponseCodeArgumentsParser? parse))
        {
            // A known code with malformed arguments is kept raw, so a status line is never lost to a bad code.
            ImapReader saved = reader;
            try
            {
                code = parse(ref reader, name);
                if (!reader.TryPeek(out byte end) || end != ']') reader.Fail("expected \"]\"");
            }
            catch (ImapParseException)
            {
                reader = saved;
                code = ReadRaw(ref reader, name);
            }
        }
        else
        {
            code = ReadRaw(ref reader, name);
        }
        reader.Expect((byte)']', "\"]\"");
        return code;
    }

    /// <summary>
    /// An unknown code: its arguments are everything up to "]" (resp-text-code's <c>1*&lt;any TEXT-CHAR except "]"&gt;</c>),
    /// except that a "]" inside a quoted string does not end it (RFC 4469's BADURL sends one).
    /// </summary>
    private static ResponseCode ReadRaw(ref ImapReader reader, string name)
    {
        if (!reader.TryReadSpace()) return new ResponseCode(name);
        var text = new List<byte>();
        bool quoted = false;
        while (reader.TryPeek(out byte b) && (quoted || b != ']') && b != '\r' && b != '\n')
        {
            if (b == '"' && (text.Count == 0 || text[^1] != '\\')) quoted = !quoted;
            text.Add(b);
            reader.Advance(1);
        }
        return new ResponseCode(name, Encoding.UTF8.GetString([.. text]));
    }
}
