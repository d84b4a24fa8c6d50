using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Mail;

/// <summary>The charsets SEARCH, SORT and THREAD accept: UTF-8 and US-ASCII (NO [BADCHARSET] otherwise).</summary>
public static class SearchCharsets
{
    private static readonly string[] Supported = ["UTF-8", "US-ASCII"];

    /// <summary>Refuses an unsupported charset.</summary>
    /// <param name="charset">The charset given, or null.</param>
    /// <exception cref="ImapCommandException">NO [BADCHARSET (UTF-8 US-ASCII)].</exception>
    public static void Check(string? charset)
    {
        if (charset is not null && Array.IndexOf(Supported, charset.ToUpperInvariant()) < 0)
            throw new ImapCommandException(new BadCharsetCode(Supported), $"Charset {charset} is not supported.");
    }
}
