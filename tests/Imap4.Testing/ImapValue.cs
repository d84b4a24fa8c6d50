using System.Text;

namespace Imap4.Testing;

/// <summary>A parsed IMAP data item for comparisons in tests: atom, string (quoted or literal, as bytes), NIL or list.</summary>
public sealed class ImapValue
{
    public enum ValueKind { Atom, Text, Nil, List }

    private ImapValue(ValueKind kind, byte[] bytes, List<ImapValue> items)
    {
        Kind = kind;
        Bytes = bytes;
        Items = items;
    }

    public ValueKind Kind { get; }

    public byte[] Bytes { get; }

    public List<ImapValue> Items { get; }

    public string Text => Encoding.Latin1.GetString(Bytes);

    public static ImapValue Atom(byte[] b) => new(ValueKind.Atom, b, []);

    public static ImapValue Str(byte[] b) => new(ValueKind.Text, b, []);

    public static ImapValue Nil { get; } = new(ValueKind.Nil, [], []);

    public static ImapValue List(List<ImapValue> items) => new(ValueKind.List, [], items);

    /// <summary>Structural equality; strings and atoms compare by bytes, so quoted and literal forms are equal.</summary>
    public bool SameAs(ImapValue other)
    {
        if (Kind != other.Kind) return false;
        if (Kind != ValueKind.List) return Bytes.AsSpan().SequenceEqual(other.Bytes);
        if (Items.Count != other.Items.Count) return false;
        for (int i = 0; i < Items.Count; i++)
            if (!Items[i].SameAs(other.Items[i])) return false;
        return true;
    }

    /// <summary>The same value with every string's bytes replaced by <paramref name="map"/> of them (atoms unchanged).</summary>
    public ImapValue MapStrings(Func<byte[], byte[]> map) => Kind switch
    {
        ValueKind.Text => Str(map(Bytes)),
        ValueKind.List => List(Items.ConvertAll(i => i.MapStrings(map))),
        _ => this,
    };

    /// <summary>The wire form: strings as literals (so any byte survives), lists parenthesized, atoms and NIL as they are.</summary>
    public byte[] ToWire()
    {
        var output = new MemoryStream();
        WriteWire(output);
        return output.ToArray();
    }

    private void WriteWire(MemoryStream output)
    {
        switch (Kind)
        {
            case ValueKind.Nil: output.Write("NIL"u8); break;
            case ValueKind.Atom: output.Write(Bytes); break;
            case ValueKind.Text:
                output.Write(Encoding.ASCII.GetBytes("{" + Bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}\r\n"));
                output.Write(Bytes);
                break;
            default:
                output.WriteByte((byte)'(');
                for (int i = 0; i < Items.Count; i++)
                {
                    if (i > 0) output.WriteByte((byte)' ');
                    Items[i].WriteWire(output);
                }
                output.WriteByte((byte)')');
                break;
        }
    }

    public override string ToString() => Kind switch
    {
        ValueKind.Nil => "NIL",
        ValueKind.Atom => Text,
        ValueKind.Text => "\"" + Escape(Text) + "\"",
        _ => "(" + string.Join(" ", Items) + ")",
    };

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c < 32 || c > 126) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Parses one value from wire bytes (literals inline).</summary>
    public static ImapValue ParseOne(byte[] wire) => Parse([new ResponseSegment(wire, false)])[0];

    /// <summary>Parses a sequence of values from response segments (text, with literals given separately).</summary>
    public static List<ImapValue> Parse(IReadOnlyList<ResponseSegment> segments)
    {
        var tokens = new List<ImapValue>();
        var stack = new Stack<List<ImapValue>>();
        var current = tokens;
        foreach (var segment in segments)
        {
            if (segment.IsLiteral)
            {
                current.Add(Str(segment.Bytes));
                continue;
            }
            byte[] s = segment.Bytes;
            int i = 0;
            while (i < s.Length)
            {
                byte b = s[i];
                if (b is (byte)' ' or (byte)'\r' or (byte)'\n') i++;
                else if (b == (byte)'(')
                {
                    stack.Push(current);
                    var list = new List<ImapValue>();
                    current.Add(List(list));
                    current = list;
                    i++;
                }
                else if (b == (byte)')')
                {
                    current = stack.Count > 0 ? stack.Pop() : current;
                    i++;
                }
                else if (b == (byte)'"')
                {
                    var value = new List<byte>();
                    i++;
                    while (i < s.Length && s[i] != (byte)'"')
                    {
                        if (s[i] == (byte)'\\') i++;
                        value.Add(s[i++]);
                    }
                    i++;
                    current.Add(Str(value.ToArray()));
                }
                else if (b == (byte)'~' && i + 1 < s.Length && s[i + 1] == (byte)'{') i++; // literal8
                else if (b == (byte)'{')
                {
                    // A literal marker: its bytes follow inline, or (from a socket) as the next segment.
                    int close = Array.IndexOf(s, (byte)'}', i);
                    int size = int.Parse(Encoding.ASCII.GetString(s, i + 1, close - i - 1).TrimEnd('+'), System.Globalization.CultureInfo.InvariantCulture);
                    i = close + 1;
                    if (i < s.Length && s[i] == (byte)'\r') i++;
                    if (i < s.Length && s[i] == (byte)'\n') i++;
                    if (i < s.Length)
                    {
                        current.Add(Str(s.AsSpan(i, size).ToArray()));
                        i += size;
                    }
                }
                else
                {
                    int start = i;
                    int depth = 0;
                    while (i < s.Length)
                    {
                        byte c = s[i];
                        if (c == (byte)'[') depth++;
                        else if (c == (byte)']') depth--;
                        else if (depth == 0 && c is (byte)' ' or (byte)'(' or (byte)')' or (byte)'\r' or (byte)'\n') break;
                        i++;
                    }
                    var atom = s.AsSpan(start, i - start).ToArray();
                    current.Add(Encoding.ASCII.GetString(atom) == "NIL" ? Nil : Atom(atom));
                }
            }
        }
        return tokens;
    }
}

/// <summary>Part of a response line: text, or the bytes of a literal.</summary>
public sealed record ResponseSegment(byte[] Bytes, bool IsLiteral);
