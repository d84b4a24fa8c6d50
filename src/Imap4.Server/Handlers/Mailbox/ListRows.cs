using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>Computes the LIST responses of one LIST command from the account's names and subscriptions.</summary>
internal sealed class ListRows(ListCommand command, List<ListPattern> patterns, SortedDictionary<string, MailboxListEntry> entries, SortedSet<string> subscribed)
{
    private bool SelectSubscribed => command.SelectionOptions.HasFlag(ListSelectOptions.Subscribed);

    private bool SelectSpecialUse => command.SelectionOptions.HasFlag(ListSelectOptions.SpecialUse);

    public IEnumerable<(ListResponse Row, MailboxListEntry? Entry)> Build()
    {
        IEnumerable<string> candidates = SelectSubscribed ? subscribed : entries.Keys;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in candidates)
        {
            if (!MatchesAny(name)) continue;
            entries.TryGetValue(name, out MailboxListEntry? entry);
            if (SelectSpecialUse && (entry is null || entry.SpecialUse == SpecialUse.None)) continue;
            listed.Add(name);
            yield return (new ListResponse(Attributes(name, entry), MailboxPath.Delimiter, new MailboxName(name)), entry);
        }
        if (!command.SelectionOptions.HasFlag(ListSelectOptions.RecursiveMatch) || !SelectSubscribed) yield break;
        // RECURSIVEMATCH: a name that does not match the selection itself but has a subscribed inferior (RFC 5258 3.5).
        foreach ((string name, MailboxListEntry entry) in entries)
        {
            if (listed.Contains(name) || !MatchesAny(name) || !HasSubscribedInferior(name)) continue;
            yield return (new ListResponse(Attributes(name, entry), MailboxPath.Delimiter, new MailboxName(name)) { ChildInfo = ["SUBSCRIBED"] }, entry);
        }
    }

    private bool MatchesAny(string name)
    {
        foreach (ListPattern p in patterns)
            if (p.Matches(name)) return true;
        return false;
    }

    private bool HasSubscribedInferior(string name)
    {
        foreach (string s in subscribed.GetViewBetween(name, name + char.MaxValue))
            if (MailboxPath.IsInferior(s, name)) return true;
        return false;
    }

    /// <summary>The attributes of an existing name: \Noselect, children, special uses.</summary>
    public static List<MailboxAttribute> EntryAttributes(MailboxListEntry entry)
    {
        var list = new List<MailboxAttribute>();
        if (!entry.IsSelectable) list.Add(MailboxAttribute.NoSelect);
        list.Add(entry.Attributes.HasFlag(MailboxListAttributes.HasChildren) ? MailboxAttribute.HasChildren : MailboxAttribute.HasNoChildren);
        list.AddRange(entry.SpecialUse.ToAttributes());
        return list;
    }

    private List<MailboxAttribute> Attributes(string name, MailboxListEntry? entry)
    {
        var list = new List<MailboxAttribute>();
        if (entry is null)
        {
            list.Add(MailboxAttribute.NonExistent);
        }
        else
        {
            list.AddRange(EntryAttributes(entry));
        }
        bool wantSubscribed = SelectSubscribed || command.ReturnOptions.HasFlag(ListReturnOptions.Subscribed);
        if (wantSubscribed && subscribed.Contains(name)) list.Add(MailboxAttribute.Subscribed);
        return list;
    }
}
