using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>RFC 8474 objectid: 1*255(ALPHA / DIGIT / "_" / "-"), written in parentheses.</summary>
internal static class ObjectIds
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 255) return false;
        foreach (char c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        return true;
    }

    /// <summary>"(" objectid ")".</summary>
    public static string Read(ref ImapReader reader)
    {
        reader.EnterList();
        long start = reader.Position;
        string id = Encoding.ASCII.GetString(reader.ReadAtomSpan());
        if (!IsValid(id)) throw new ImapParseException(start, "an objectid is 1 to 255 letters, digits, '_' or '-'");
        reader.ExitList();
        return id;
    }
}
