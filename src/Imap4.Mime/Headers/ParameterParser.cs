using System.Text;
using Imap4.Mime.Codecs;

namespace Imap4.Mime.Headers;

/// <summary>
/// Parses <c>*(";" attribute "=" value)</c> after a Content-Type or Content-Disposition value, tolerant of junk
/// (a broken parameter is skipped up to the next <c>;</c>), and joins RFC 2231 continuations the way Dovecot reports them.
/// </summary>
internal static class ParameterParser
{
    /// <summary>Reads the parameters; <paramref name="broken"/> tells whether anything had to be skipped.</summary>
    public static List<RawParameter> Read(ref Rfc822Reader reader, out bool broken)
    {
        var result = new List<RawParameter>();
        broken = false;
        while (true)
        {
            reader.SkipCfws();
            if (reader.AtEnd) break;
            if (!reader.TryRead((byte)';'))
            {
                broken = true;
                reader.SkipTo((byte)';');
                continue;
            }
            reader.SkipCfws();
            if (reader.AtEnd) break;
            var name = reader.ReadMimeToken();
            reader.SkipCfws();
            if (!reader.TryRead((byte)'='))
            {
                // Dovecot keeps a parameter with an empty name ("=value") but drops one without "=".
                broken = true;
                reader.SkipTo((byte)';');
                continue;
            }
            byte[] nameBytes = name.ToArray();
            reader.SkipCfws();
            byte[] value;
            if (reader.Peek == (byte)'"') value = reader.ReadQuoted();
            else if (reader.Peek == (byte)'=') value = ReadRawWord(ref reader);
            else value = reader.ReadMimeToken().ToArray();
            result.Add(new RawParameter(nameBytes, value));
        }
        return result;
    }

    // Tolerates name==?utf-8?b?...?= (an unquoted encoded word, common in the wild).
    private static byte[] ReadRawWord(ref Rfc822Reader reader)
    {
        var bytes = new List<byte>();
        while (!reader.AtEnd && reader.Peek is not ((byte)';' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            bytes.Add(reader.Peek);
            reader.Advance();
        }
        return bytes.ToArray();
    }

    /// <summary>
    /// Joins RFC 2231 sections (<c>name*0</c>, <c>name*1*</c>...) into one <c>name</c> (or <c>name*</c> when the first section is
    /// extended), values concatenated undecoded; plain parameters come first in their order, joined ones follow sorted by name.
    /// </summary>
    public static List<RawParameter> JoinContinuations(List<RawParameter> parameters)
    {
        var plain = new List<RawParameter>();
        var sections = new List<(string Key, int Index, bool Extended, RawParameter P)>();
        foreach (var p in parameters)
        {
            int star = Array.IndexOf(p.Name, (byte)'*');
            if (star < 0 || !TryParseSection(p.Name.AsSpan(star + 1), out int index, out bool extended))
            {
                plain.Add(p);
                continue;
            }
            sections.Add((Encoding.ASCII.GetString(p.Name, 0, star), index, extended, p));
        }
        if (sections.Count == 0) return plain;
        sections.Sort((a, b) =>
        {
            int c = string.Compare(a.Key, b.Key, StringComparison.OrdinalIgnoreCase);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        for (int i = 0; i < sections.Count;)
        {
            var first = sections[i];
            if (first.Index != 0)
            {
                plain.Add(first.P);
                i++;
                continue;
            }
            var value = new List<byte>();
            int j = i;
            for (int expected = 0; j < sections.Count && sections[j].Index == expected
                 && string.Equals(sections[j].Key, first.Key, StringComparison.OrdinalIgnoreCase); j++, expected++)
                value.AddRange(sections[j].P.Value);
            string name = first.Extended ? first.Key + "*" : first.Key;
            plain.Add(new RawParameter(Encoding.ASCII.GetBytes(name), value.ToArray()));
            i = j;
        }
        return plain;
    }

    private static bool TryParseSection(ReadOnlySpan<byte> rest, out int index, out bool extended)
    {
        index = 0;
        extended = false;
        if (rest.IsEmpty)
        {
            // "name*": an extended value without sections.
            extended = true;
            return true;
        }
        int i = 0;
        while (i < rest.Length && rest[i] is >= (byte)'0' and <= (byte)'9' && index < 100000) index = (index * 10) + (rest[i++] - '0');
        if (i < rest.Length && rest[i] == (byte)'*')
        {
            extended = true;
            i++;
        }
        return i == rest.Length;
    }

    /// <summary>Decodes joined parameters for users: <c>charset'lang'%XX</c> values, and RFC 2047 words in plain values.</summary>
    public static List<MimeParameter> Decode(List<RawParameter> joined)
    {
        var result = new List<MimeParameter>(joined.Count);
        foreach (var p in joined)
        {
            string name = p.NameText.ToLowerInvariant();
            if (name.EndsWith('*')) result.Add(new MimeParameter(name.TrimEnd('*'), DecodeExtended(p.Value)));
            else result.Add(new MimeParameter(name, EncodedWords.Decode(Charsets.DecodeRawHeader(p.Value))));
        }
        return result;
    }

    private static string DecodeExtended(byte[] value)
    {
        int q1 = Array.IndexOf(value, (byte)'\'');
        int q2 = q1 < 0 ? -1 : Array.IndexOf(value, (byte)'\'', q1 + 1);
        string? charset = q1 > 0 ? Encoding.ASCII.GetString(value, 0, q1) : null;
        var text = q2 < 0 ? value.AsSpan() : value.AsSpan(q2 + 1);
        var bytes = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'%' && i + 2 < text.Length && Uri.IsHexDigit((char)text[i + 1]) && Uri.IsHexDigit((char)text[i + 2]))
            {
                bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(text.Slice(i + 1, 2)), 16));
                i += 2;
            }
            else bytes.Add(text[i]);
        }
        return Charsets.Decode(bytes.ToArray(), charset ?? "utf-8");
    }
}
