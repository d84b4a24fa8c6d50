using Imap4.Mime.Headers;
using Imap4.Protocol.Wire;

namespace Imap4.Mime.Imap;

/// <summary>Writes ENVELOPE (RFC 3501 7.4.2): raw header strings, parsed address lists; Sender and Reply-To default to From.</summary>
internal static class EnvelopeWriter
{
    public static void Write(ImapWriter w, MimePart message)
    {
        var h = message.Header;
        var from = Addresses(h, "From");
        w.WriteByte((byte)'(');
        ImapFetchData.WriteNString(w, LastField(h, "Date"));
        w.WriteSpace();
        ImapFetchData.WriteNString(w, LastField(h, "Subject"));
        w.WriteSpace();
        WriteList(w, from);
        w.WriteSpace();
        WriteList(w, Addresses(h, "Sender") ?? from);
        w.WriteSpace();
        WriteList(w, Addresses(h, "Reply-To") ?? from);
        w.WriteSpace();
        WriteList(w, Addresses(h, "To"));
        w.WriteSpace();
        WriteList(w, Addresses(h, "Cc"));
        w.WriteSpace();
        WriteList(w, Addresses(h, "Bcc"));
        w.WriteSpace();
        ImapFetchData.WriteNString(w, LastField(h, "In-Reply-To"));
        w.WriteSpace();
        ImapFetchData.WriteNString(w, LastField(h, "Message-ID"));
        w.WriteByte((byte)')');
    }

    // Dovecot: for repeated fields the last string wins, address lists are joined.
    private static byte[]? LastField(HeaderList h, string name)
    {
        var all = h.GetAll(name);
        return all.Count == 0 ? null : all[^1].UnfoldedBytes();
    }

    private static List<RawAddress>? Addresses(HeaderList h, string name)
    {
        var list = new List<RawAddress>();
        foreach (var field in h.GetAll(name)) list.AddRange(AddressParser.Parse(field.UnfoldedBytes()));
        return list.Count == 0 ? null : list;
    }

    private static void WriteList(ImapWriter w, List<RawAddress>? list)
    {
        if (list is null)
        {
            w.WriteNil();
            return;
        }
        w.WriteByte((byte)'(');
        foreach (var a in list)
        {
            w.WriteByte((byte)'(');
            ImapFetchData.WriteNString(w, a.Name);
            w.WriteSpace();
            ImapFetchData.WriteNString(w, a.Route);
            w.WriteSpace();
            ImapFetchData.WriteNString(w, a.Mailbox);
            w.WriteSpace();
            ImapFetchData.WriteNString(w, a.Host);
            w.WriteByte((byte)')');
        }
        w.WriteByte((byte)')');
    }
}
