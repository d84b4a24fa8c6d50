using System.Buffers;
using System.Text;
using Imap4.Protocol;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Server.Session;

/// <summary>
/// Recognises the parts of an APPEND that surround a streamed message literal (RFC 9051 6.3.12, RFC 3502): the head
/// <c>tag APPEND mailbox [flags] [date-time] {n}</c> up to the first message literal, the
/// <c>SP [flags] [date-time] {n}</c> before each further message, and the final CRLF.
/// </summary>
internal static class AppendSyntax
{
    /// <summary>
    /// Parses the command so far when it is an APPEND whose announced literal is a message (not the mailbox name, not a
    /// UTF8 or CATENATE form, which go through the ordinary parser).
    /// </summary>
    /// <returns>False when the frame is anything else.</returns>
    public static bool TryParseHead(ReadOnlySequence<byte> prefix, ImapLimits limits, bool utf8Mailboxes, out string tag,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MailboxName? mailbox, out IReadOnlyList<Flag>? flags, out DateTimeOffset? date)
    {
        tag = string.Empty;
        mailbox = null;
        flags = null;
        date = null;
        var reader = new ImapReader(prefix, limits) { Utf8Mailboxes = utf8Mailboxes };
        try
        {
            tag = Encoding.ASCII.GetString(reader.ReadTagSpan());
            reader.ReadSpace();
            if (!reader.TryReadKeyword("APPEND"u8)) return false;
            reader.ReadSpace();
            if (IsAnnouncement(reader.Remaining)) return false; // the mailbox name itself is the literal
            mailbox = reader.ReadMailbox();
            reader.ReadSpace();
            (flags, date) = ReadOptions(ref reader);
            return IsAnnouncement(reader.Remaining);
        }
        catch (ImapParseException)
        {
            return false;
        }
    }

    /// <summary>Parses <c>SP [flag-list SP] [date-time SP]</c> before a message literal's announcement.</summary>
    /// <param name="prefix">The bytes from the end of the previous literal through the announcement.</param>
    /// <param name="limits">Parser limits.</param>
    /// <param name="flags">The flags, or null.</param>
    /// <param name="date">The date, or null.</param>
    /// <returns>False when the bytes are not that.</returns>
    public static bool TryParseOptions(ReadOnlySequence<byte> prefix, ImapLimits limits, out IReadOnlyList<Flag>? flags, out DateTimeOffset? date)
    {
        flags = null;
        date = null;
        var reader = new ImapReader(prefix, limits);
        try
        {
            reader.ReadSpace();
            (flags, date) = ReadOptions(ref reader);
            return IsAnnouncement(reader.Remaining);
        }
        catch (ImapParseException)
        {
            return false;
        }
    }

    /// <summary>True when the bytes after the last message literal are just the line end.</summary>
    /// <param name="rest">The bytes from the end of the literal to the end of the command.</param>
    public static bool IsEnd(ReadOnlySequence<byte> rest) =>
        rest.Length is 1 or 2 && rest.FirstSpan[0] is (byte)'\r' or (byte)'\n';

    private static (IReadOnlyList<Flag>? Flags, DateTimeOffset? Date) ReadOptions(ref ImapReader reader)
    {
        IReadOnlyList<Flag>? flags = null;
        DateTimeOffset? date = null;
        if (reader.TryPeek(out byte b) && b == '(')
        {
            flags = ReadFlags(ref reader);
            reader.ReadSpace();
        }
        if (reader.TryPeek(out b) && b == '"')
        {
            date = reader.ReadDateTime();
            reader.ReadSpace();
        }
        return (flags, date);
    }

    private static List<Flag> ReadFlags(ref ImapReader reader)
    {
        var flags = new List<Flag>();
        reader.EnterList();
        if (reader.TryExitList()) return flags;
        do
        {
            Flag flag = reader.ReadFlag();
            if (flag.IsWildcard) reader.Fail("\\* is not a flag that can be set");
            flags.Add(flag);
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return flags;
    }

    // The framer found "{n}", "{n+}", "~{n}" or "~{n+}" and the line end here; anything before it (a space, UTF8, CATENATE)
    // means another form.
    private static bool IsAnnouncement(ReadOnlySequence<byte> rest)
    {
        if (rest.IsEmpty || rest.Length > 32) return false;
        Span<byte> bytes = stackalloc byte[(int)rest.Length];
        rest.CopyTo(bytes);
        return bytes[0] is (byte)'{' or (byte)'~' && !bytes.Contains((byte)' ');
    }
}
