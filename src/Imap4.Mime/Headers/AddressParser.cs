using System.Text;

namespace Imap4.Mime.Headers;

/// <summary>
/// Parses RFC 5322 address lists (mailboxes, name-addr with routes, groups, obsolete forms) tolerantly, the way
/// Dovecot fills ENVELOPE: a missing local part becomes <c>MISSING_MAILBOX</c>, a missing domain <c>MISSING_DOMAIN</c>,
/// a comment stands in for a missing display name.
/// </summary>
internal static class AddressParser
{
    private static readonly byte[] MissingMailbox = "MISSING_MAILBOX"u8.ToArray();
    private static readonly byte[] MissingDomain = "MISSING_DOMAIN"u8.ToArray();

    public static List<RawAddress> Parse(ReadOnlySpan<byte> value)
    {
        var result = new List<RawAddress>();
        var reader = new Rfc822Reader(value);
        while (true)
        {
            reader.SkipCfws();
            if (reader.AtEnd) break;
            if (reader.TryRead((byte)','))
            {
                // Dovecot reports an empty list element as a fully missing address.
                result.Add(Complete(null, null, null, null));
                continue;
            }
            ParseAddress(ref reader, result);
            reader.SkipCfws();
            // Dovecot stops at the first address followed by junk, keeping what it parsed so far.
            if (!reader.AtEnd && !reader.TryRead((byte)',')) break;
        }
        return result;
    }

    private static void ParseAddress(ref Rfc822Reader reader, List<RawAddress> result)
    {
        var start = reader;
        byte[]? phrase = ReadPhrase(ref reader);
        reader.SkipCfws();
        if (phrase is not null && reader.TryRead((byte)':'))
        {
            result.Add(new RawAddress(null, null, phrase, null));
            while (true)
            {
                reader.SkipCfws();
                while (reader.TryRead((byte)',')) reader.SkipCfws();
                if (reader.AtEnd || reader.TryRead((byte)';')) break;
                int before = reader.Position;
                result.Add(ParseMailbox(ref reader));
                reader.SkipCfws();
                if (reader.Position == before) reader.Advance();
            }
            result.Add(RawAddress.GroupEnd);
            return;
        }
        reader = start;
        result.Add(ParseMailbox(ref reader));
    }

    private static RawAddress ParseMailbox(ref Rfc822Reader reader)
    {
        var start = reader;
        reader.SkipCfws();
        byte[]? phrase = ReadPhrase(ref reader);
        reader.SkipCfws();
        if (reader.TryRead((byte)'<')) return ParseAngleAddr(ref reader, phrase);
        var afterPhrase = reader;
        reader = start;
        reader.SkipCfws();
        var addr = ParseAddrSpec(ref reader, out byte[]? comment);
        if (phrase is not null && !AtAddressEnd(ref reader) && AtAddressEnd(ref afterPhrase))
        {
            // "Name Only": a phrase with no address is kept as the display name.
            reader = afterPhrase;
            return Complete(phrase, null, null, null);
        }
        return Complete(comment, null, addr.Local, addr.Domain);
    }

    private static RawAddress ParseAngleAddr(ref Rfc822Reader reader, byte[]? phrase)
    {
        reader.SkipCfws();
        byte[]? route = null;
        if (reader.Peek == (byte)'@') route = ReadRoute(ref reader);
        var addr = ParseAddrSpec(ref reader, out _);
        reader.SkipCfws();
        reader.TryRead((byte)'>');
        return Complete(phrase, route, addr.Local, addr.Domain);
    }

    private static bool AtAddressEnd(ref Rfc822Reader reader) => reader.AtEnd || reader.Peek is (byte)',' or (byte)';';

    private static RawAddress Complete(byte[]? name, byte[]? route, byte[]? local, byte[]? domain) =>
        new(name, route, local is { Length: > 0 } ? local : MissingMailbox, domain is { Length: > 0 } ? domain : MissingDomain);

    private static byte[] ReadRoute(ref Rfc822Reader reader)
    {
        var route = new List<byte>();
        while (reader.Peek is (byte)'@' or (byte)',')
        {
            if (route.Count > 0 || reader.Peek == (byte)'@') route.Add(reader.Peek);
            reader.Advance();
            reader.SkipCfws();
            route.AddRange(ReadDomain(ref reader));
            reader.SkipCfws();
        }
        reader.TryRead((byte)':');
        reader.SkipCfws();
        return route.ToArray();
    }

    private static (byte[]? Local, byte[]? Domain) ParseAddrSpec(ref Rfc822Reader reader, out byte[]? comment)
    {
        var local = new List<byte>();
        while (true)
        {
            reader.SkipCfws();
            if (reader.Peek == (byte)'"') local.AddRange(reader.ReadQuoted());
            else
            {
                var atom = reader.ReadAtom(allowDot: false);
                if (atom.IsEmpty) break;
                local.AddRange(atom);
            }
            reader.SkipCfws();
            if (!reader.TryRead((byte)'.')) break;
            local.Add((byte)'.');
        }
        byte[]? domain = null;
        reader.SkipCfws();
        if (reader.TryRead((byte)'@'))
        {
            reader.SkipCfws();
            domain = ReadDomain(ref reader);
        }
        reader.SkipCfws();
        comment = reader.LastComment.IsEmpty ? null : reader.LastComment.ToArray();
        return (local.ToArray(), domain);
    }

    private static byte[] ReadDomain(ref Rfc822Reader reader)
    {
        if (reader.Peek == (byte)'[') return reader.ReadDomainLiteral().ToArray();
        var domain = new List<byte>();
        while (true)
        {
            var atom = reader.ReadAtom(allowDot: false);
            if (atom.IsEmpty) break;
            domain.AddRange(atom);
            reader.SkipCfws();
            if (!reader.TryRead((byte)'.')) break;
            domain.Add((byte)'.');
            reader.SkipCfws();
        }
        return domain.ToArray();
    }

    /// <summary>A phrase (words: atoms, dots, quoted strings), words joined by one space; null when there is none.</summary>
    private static byte[]? ReadPhrase(ref Rfc822Reader reader)
    {
        var phrase = new List<byte>();
        bool any = false;
        while (true)
        {
            reader.SkipCfws();
            byte[] word;
            if (reader.Peek == (byte)'"') word = reader.ReadQuoted();
            else
            {
                var atom = reader.ReadAtom(allowDot: true);
                if (atom.IsEmpty) break;
                word = atom.ToArray();
            }
            if (any) phrase.Add((byte)' ');
            phrase.AddRange(word);
            any = true;
        }
        return any ? phrase.ToArray() : null;
    }

    internal static string Describe(byte[]? b) => b is null ? "NIL" : Encoding.Latin1.GetString(b);
}
