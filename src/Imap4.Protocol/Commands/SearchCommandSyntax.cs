using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Pieces shared by SEARCH, SORT and THREAD: RETURN options and charset.</summary>
internal static class SearchCommandSyntax
{
    /// <summary>Validates a charset name: printable ASCII, sent as an atom or a quoted string.</summary>
    internal static string? CheckCharset(string? charset, string name)
    {
        if (charset is null) return null;
        if (charset.Length == 0) throw new ArgumentException("A charset name cannot be empty.", name);
        foreach (char c in charset)
            if (c is < ' ' or > '~') throw new ArgumentException($"'{charset}' is not a charset name.", name);
        return charset;
    }

    /// <summary>charset = atom / quoted.</summary>
    internal static void WriteCharset(ImapWriter writer, string charset)
    {
        if (ImapChars.IsAtom(charset)) writer.WriteRaw(charset);
        else writer.WriteQuoted(charset);
    }

    internal static string ReadCharset(ref ImapReader reader)
    {
        long start = reader.Position;
        string charset = reader.Peek() == '"' ? reader.ReadQuoted() : reader.ReadAtom();
        return CheckCharsetOrFail(charset, start);
    }

    private static string CheckCharsetOrFail(string charset, long start)
    {
        try
        {
            return CheckCharset(charset, nameof(charset))!;
        }
        catch (ArgumentException)
        {
            throw new ImapParseException(start, "invalid charset name");
        }
    }

    /// <summary>SP "RETURN" SP "(" ... ")", if present (the caller has read the SP before it).</summary>
    internal static SearchReturnOptions? TryReadReturn(ref ImapReader reader)
    {
        if (!reader.TryReadKeyword("RETURN"u8)) return null;
        reader.ReadSpace();
        SearchReturnOptions options = SearchReturnOptions.Read(ref reader);
        reader.ReadSpace();
        return options;
    }

    internal static void WriteReturn(ImapWriter writer, SearchReturnOptions? options)
    {
        if (options is null) return;
        writer.WriteRaw(" RETURN "u8);
        options.Write(writer);
    }
}
