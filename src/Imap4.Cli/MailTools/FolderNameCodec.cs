using System.Globalization;
using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools;

/// <summary>
/// Folder names on disk. Maildir++ keeps INBOX in the root and every other folder in <c>.A.B</c> (components in
/// modified UTF-7, as Dovecot and Courier write them); an mbox tree keeps <c>A/B.mbox</c>. Characters that would
/// break the layout (<c>.</c> in Maildir++, path separators, a leading <c>.</c> in file names, and <c>%</c>) are
/// written as <c>%XX</c>, so every name maps back to itself.
/// </summary>
internal static class FolderNameCodec
{
    /// <summary>The Maildir++ directory of a folder, or "" for INBOX (the root).</summary>
    /// <param name="folder">The IMAP folder name.</param>
    /// <param name="delimiter">The server's hierarchy delimiter, or null.</param>
    /// <returns>The directory name, e.g. <c>.Archive.2024</c>.</returns>
    public static string ToMaildirDirectory(string folder, char? delimiter)
    {
        if (folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase)) return "";
        IEnumerable<string> parts = Split(folder, delimiter).Select(p => Escape(ModifiedUtf7.Encode(p), ".%/\\"));
        return "." + string.Join('.', parts);
    }

    /// <summary>The folder a Maildir++ directory stands for.</summary>
    /// <param name="directory">The directory name, e.g. <c>.Archive.2024</c>, or "" for the root.</param>
    /// <param name="delimiter">The delimiter to join components with.</param>
    /// <returns>The IMAP folder name.</returns>
    public static string FromMaildirDirectory(string directory, char delimiter)
    {
        if (directory.Length == 0) return "INBOX";
        IEnumerable<string> parts = (directory.StartsWith('.') ? directory[1..] : directory).Split('.').Select(p => Unescape(p)).Select(p => ModifiedUtf7.TryDecode(p, out string? d) ? d : p);
        return string.Join(delimiter, parts);
    }

    /// <summary>The path of a folder's mbox file below a backup directory, relative, with <c>/</c> separators.</summary>
    /// <param name="folder">The IMAP folder name.</param>
    /// <param name="delimiter">The server's hierarchy delimiter, or null.</param>
    /// <returns>E.g. <c>Archive/2024.mbox</c>.</returns>
    public static string ToMboxPath(string folder, char? delimiter) =>
        string.Join('/', Split(folder, delimiter).Select(p => EscapeFileName(p))) + ".mbox";

    /// <summary>The folder an mbox file below an import root stands for.</summary>
    /// <param name="relativePath">The path relative to the root, e.g. <c>Archive/2024.mbox</c>.</param>
    /// <param name="delimiter">The delimiter to join components with.</param>
    /// <returns>The IMAP folder name.</returns>
    public static string FromMboxPath(string relativePath, char delimiter)
    {
        string path = relativePath.Replace('\\', '/');
        if (path.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase)) path = path[..^5];
        return string.Join(delimiter, path.Split('/').Select(Unescape));
    }

    private static string[] Split(string folder, char? delimiter) =>
        delimiter is { } d ? folder.Split(d) : [folder];

    private static string EscapeFileName(string part)
    {
        string escaped = Escape(part, "%/\\\0");
        return escaped.StartsWith('.') ? "%2E" + escaped[1..] : escaped;
    }

    private static string Escape(string text, string special)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (special.Contains(c, StringComparison.Ordinal)) sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length
                && int.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
            {
                sb.Append((char)code);
                i += 2;
            }
            else
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }
}
