using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Internal;

/// <summary><see cref="ImapClientQuirks.FetchRfc822AsBody"/>: RFC822 asked as BODY[], answered as both.</summary>
internal static class Rfc822Quirk
{
    public static bool Applies(IReadOnlyList<FetchAttribute> items)
    {
        foreach (FetchAttribute a in items)
            if (a.Kind == FetchAttributeKind.Rfc822) return true;
        return false;
    }

    /// <summary>RFC822 becomes BODY[] (not PEEK: RFC822 sets \Seen too).</summary>
    public static FetchAttribute[] Rewrite(IReadOnlyList<FetchAttribute> items)
    {
        var rewritten = new FetchAttribute[items.Count];
        for (int i = 0; i < items.Count; i++)
            rewritten[i] = items[i].Kind == FetchAttributeKind.Rfc822 ? FetchAttribute.BodyAt(BodySection.All) : items[i];
        return rewritten;
    }

    /// <summary>Adds the RFC822 item the caller asked for, from the BODY[] answer.</summary>
    public static FetchResponse AddRfc822(FetchResponse response)
    {
        if (response.Get<Rfc822Item>() is not null) return response;
        foreach (BodySectionItem s in response.Sections)
        {
            if (s.Origin is null && s.Section.Equals(BodySection.All))
                return response with { Items = [.. response.Items, new Rfc822Item(Rfc822Part.Message, s.Content)] };
        }
        return response;
    }
}
