using System.Buffers;
using System.Text;
using Imap4.Protocol;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Session;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// Checks an APPEND before its message literal is accepted (RFC 9051 6.3.12, RFC 7889): when the mailbox does not exist
/// the client hears <c>NO [TRYCREATE]</c>, and when the literal is over the APPENDLIMIT <c>NO [TOOBIG]</c>, without the
/// <c>+</c> that would make it send the message.
/// </summary>
internal static class AppendPreflight
{
    /// <summary>The refusal to send instead of <c>+</c>, or null to accept the literal.</summary>
    /// <param name="session">The session.</param>
    /// <param name="prefix">The command so far, through the literal announcement.</param>
    /// <param name="literalSize">The announced literal size.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static async ValueTask<StatusResponse?> CheckAsync(ImapSession session, ReadOnlySequence<byte> prefix, long literalSize, CancellationToken cancellationToken)
    {
        if (session.State is not (SessionState.Authenticated or SessionState.Selected)) return null;
        if (session.Features.Get<IMailAccount>() is not { } account) return null;
        if (prefix.Length > 4096 || !TryParse(Encoding.UTF8.GetString(prefix), session.Utf8Enabled, out string? tag, out MailboxName? mailbox)) return null;
        if (literalSize > session.Options.AppendLimit)
            return new StatusResponse(tag, StatusKind.No, ResponseCode.TooBig, $"The message is larger than the APPENDLIMIT {session.Options.AppendLimit}.");
        try
        {
            await account.OpenMailboxAsync(mailbox, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (MailStoreException e) when (e.Error == MailStoreError.NonExistent)
        {
            return new StatusResponse(tag, StatusKind.No, ResponseCode.TryCreate, "The mailbox does not exist; create it first.");
        }
    }

    // "tag APPEND mailbox ..." where the mailbox is an atom or a quoted string (a literal mailbox name is not checked).
    private static bool TryParse(string line, bool utf8, out string? tag, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MailboxName? mailbox)
    {
        tag = null;
        mailbox = null;
        string[] head = line.Split(' ', 3);
        if (head.Length < 3 || !head[1].Equals("APPEND", StringComparison.OrdinalIgnoreCase)) return false;
        tag = head[0];
        string rest = head[2];
        string? raw = rest.StartsWith('"') ? Quoted(rest) : rest.Split(' ', 2)[0];
        if (raw is null || raw.Length == 0 || raw[0] == '{' || raw[0] == '~') return false;
        try
        {
            mailbox = MailboxName.FromWire(raw, utf8);
            return true;
        }
        catch (Exception e) when (e is ImapParseException or ArgumentException)
        {
            return false;
        }
    }

    private static string? Quoted(string s)
    {
        var name = new StringBuilder();
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"') return name.ToString();
            if (c == '\\' && i + 1 < s.Length) c = s[++i];
            name.Append(c);
        }
        return null;
    }
}
