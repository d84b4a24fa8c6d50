using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[BADCHARSET]</c> or <c>[BADCHARSET (charsets)]</c>: the charset is not supported; these are.</summary>
public sealed record BadCharsetCode : ResponseCode
{
    /// <summary>Creates the code.</summary>
    /// <param name="charsets">The supported charsets; empty writes <c>[BADCHARSET]</c>.</param>
    public BadCharsetCode(IReadOnlyList<string> charsets)
        : base("BADCHARSET")
    {
        ArgumentNullException.ThrowIfNull(charsets);
        foreach (string c in charsets)
        {
            if (string.IsNullOrEmpty(c) || c.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0 || c.Contains(']', StringComparison.Ordinal))
                throw new ArgumentException($"'{c}' is not a charset name", nameof(charsets));
        }
        Charsets = ValueList<string>.Of(charsets, nameof(charsets));
    }

    /// <summary>The charsets the server supports (may be empty).</summary>
    public IReadOnlyList<string> Charsets { get; }

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Charsets.Count == 0) return;
        writer.WriteRaw(" ("u8);
        for (int i = 0; i < Charsets.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            if (ImapChars.IsAtom(Charsets[i])) writer.WriteRaw(Charsets[i]);
            else writer.WriteQuoted(Charsets[i]);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>
    /// [SP "(" charset *(SP charset) ")"] with charset = atom / quoted. A single charset without parentheses is
    /// tolerated (RFC 9051's own example sends <c>[BADCHARSET UTF-8]</c>).
    /// </summary>
    internal static BadCharsetCode Parse(ref ImapReader reader, string name)
    {
        var charsets = new List<string>();
        if (!reader.TryReadSpace()) return new BadCharsetCode(charsets);
        if (!reader.TryEnterList())
        {
            charsets.Add(reader.Peek() == '"' ? reader.ReadQuoted() : reader.ReadAtom());
            return new BadCharsetCode(charsets);
        }
        do
        {
            charsets.Add(reader.Peek() == '"' ? reader.ReadQuoted() : reader.ReadAtom());
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new BadCharsetCode(charsets);
    }
}
