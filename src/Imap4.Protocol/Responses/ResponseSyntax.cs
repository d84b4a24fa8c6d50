using System.Buffers;
using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>Reading and writing pieces shared by several responses and response codes.</summary>
internal static class ResponseSyntax
{
    /// <summary>Formats a response's wire form (server options, without the final CRLF) for ToString.</summary>
    public static string Format(ImapResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        response.Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        ReadOnlySpan<byte> span = buffer.WrittenSpan;
        if (span.EndsWith("\r\n"u8)) span = span[..^2];
        return Encoding.UTF8.GetString(span);
    }

    /// <summary>
    /// *(SP capability) up to the end of the line or "]". Tolerates a trailing SP and repeated SPs, which real servers send.
    /// </summary>
    public static List<Capability> ReadCapabilities(ref ImapReader reader)
    {
        var caps = new List<Capability>();
        while (reader.TryReadSpace())
        {
            if (reader.IsAtEndOfLine || reader.Peek() == ']') break;
            if (reader.Peek() == ' ') continue;
            long start = reader.Position;
            ReadOnlySpan<byte> atom = reader.ReadAtomSpan();
            try
            {
                caps.Add(Capability.Parse(atom));
            }
            catch (ImapParseException e)
            {
                throw new ImapParseException(start + e.Position, e.Reason);
            }
        }
        return caps;
    }

    /// <summary>Writes each capability preceded by SP.</summary>
    public static void WriteCapabilities(ImapWriter writer, IReadOnlyList<Capability> capabilities)
    {
        foreach (Capability c in capabilities)
        {
            writer.WriteSpace();
            writer.WriteRaw(c.Text);
        }
    }

    /// <summary>A hierarchy delimiter: DQUOTE QUOTED-CHAR DQUOTE or NIL.</summary>
    public static char? ReadDelimiter(ref ImapReader reader)
    {
        if (reader.TryReadNil()) return null;
        string d = reader.ReadQuoted();
        if (d.Length != 1) reader.Fail("expected a one-character hierarchy delimiter");
        return d[0];
    }

    /// <summary>Writes a hierarchy delimiter as a quoted character, or NIL.</summary>
    public static void WriteDelimiter(ImapWriter writer, char? delimiter)
    {
        if (delimiter is { } d) writer.WriteQuoted(d.ToString());
        else writer.WriteNil();
    }

    /// <summary>Validates a caller-given delimiter (one 7-bit TEXT-CHAR).</summary>
    public static char? CheckDelimiter(char? delimiter, string paramName) =>
        delimiter is { } d && (d is '\r' or '\n' or '\0' || d > 0x7f)
            ? throw new ArgumentException("A hierarchy delimiter must be a 7-bit character other than CR, LF or NUL.", paramName)
            : delimiter;

    /// <summary>
    /// A tagged-ext-val or any other parenthesised value, kept verbatim (strings and literals included); used for
    /// extension data this library does not model.
    /// </summary>
    public static byte[] ReadRawValue(ref ImapReader reader)
    {
        long start = reader.Position;
        ReadOnlySequence<byte> rest = reader.Remaining;
        SkipValue(ref reader);
        return rest.Slice(0, reader.Position - start).ToArray();
    }

    private static void SkipValue(ref ImapReader reader)
    {
        if (reader.TryEnterList())
        {
            if (reader.TryExitList()) return;
            do
            {
                SkipValue(ref reader);
            }
            while (reader.TryReadSpace());
            reader.ExitList();
            return;
        }
        if (reader.IsAtString)
        {
            reader.ReadStringBytes();
            return;
        }
        int n = 0;
        while (reader.TryPeek(out byte b) && b is not ((byte)' ' or (byte)'(' or (byte)')' or (byte)'\r' or (byte)'\n' or (byte)'"' or (byte)'{'))
        {
            reader.Advance(1);
            n++;
        }
        if (n == 0) reader.Fail("expected a value");
    }
}
