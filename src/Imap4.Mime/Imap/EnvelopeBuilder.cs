using Imap4.Mime.Headers;
using Imap4.Protocol.Fetch;

namespace Imap4.Mime.Imap;

/// <summary>
/// Computes ENVELOPE (RFC 3501 7.4.2) as Dovecot does: header strings unfolded but not decoded, address lists parsed
/// tolerantly, Sender and Reply-To defaulting to From; for repeated fields the last string wins and address lists join.
/// </summary>
internal static class EnvelopeBuilder
{
    public static Envelope Build(MimePart message)
    {
        var h = message.Header;
        var from = Addresses(h, "From");
        return new Envelope(
            LastField(h, "Date"),
            LastField(h, "Subject"),
            from,
            Addresses(h, "Sender") ?? from,
            Addresses(h, "Reply-To") ?? from,
            Addresses(h, "To"),
            Addresses(h, "Cc"),
            Addresses(h, "Bcc"),
            LastField(h, "In-Reply-To"),
            LastField(h, "Message-ID"));
    }

    private static string? LastField(HeaderList h, string name)
    {
        var all = h.GetAll(name);
        return all.Count == 0 ? null : ImapFetchData.TextOrNull(all[^1].UnfoldedBytes());
    }

    private static Address[]? Addresses(HeaderList h, string name)
    {
        List<RawAddress>? list = null;
        foreach (var field in h.GetAll(name))
        {
            var parsed = AddressParser.Parse(field.UnfoldedBytes());
            if (parsed.Count > 0) (list ??= []).AddRange(parsed);
        }
        if (list is null) return null;
        var result = new Address[list.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var a = list[i];
            result[i] = new Address(ImapFetchData.TextOrNull(a.Name), ImapFetchData.TextOrNull(a.Route), ImapFetchData.TextOrNull(a.Mailbox), ImapFetchData.TextOrNull(a.Host));
        }
        return result;
    }
}
