using System.Text.RegularExpressions;
using Imap4.Protocol.Responses;

namespace Imap4.Server.Mail;

/// <summary>
/// THREAD=REFERENCES (RFC 5256 section 3): messages linked by Message-ID, References and In-Reply-To, empty
/// containers pruned, roots sorted by date and merged by base subject, children sorted by date.
/// </summary>
internal static partial class ReferencesThreader
{
    [GeneratedRegex("<[^<>]+>")]
    private static partial Regex MessageIds();

    public static List<ThreadNode> Thread(List<SortEntry> messages, Func<SortEntry, uint> number)
    {
        var table = new Dictionary<string, ThreadContainer>(StringComparer.Ordinal);
        messages.Sort((a, b) => a.Info.Uid.CompareTo(b.Info.Uid));
        foreach (SortEntry m in messages) Link(table, m);
        var roots = new List<ThreadContainer>();
        foreach (ThreadContainer c in table.Values)
            if (c.Parent is null) roots.Add(c);
        roots = Prune(roots, isRoot: true);
        SortChildren(roots);
        roots = MergeBySubject(roots);
        SortChildren(roots);
        var result = new List<ThreadNode>(roots.Count);
        foreach (ThreadContainer root in roots) result.Add(ToNode(root, number));
        return result;
    }

    // Steps 1A to 1C.
    private static void Link(Dictionary<string, ThreadContainer> table, SortEntry m)
    {
        string? id = FirstId(m.Header?["Message-ID"]);
        if (id is null || (table.TryGetValue(id, out ThreadContainer? existing) && !existing.IsDummy)) id = "\0" + m.Info.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ThreadContainer node = GetOrAdd(table, id);
        node.Message = m;
        List<string> refs = Ids(m.Header?["References"]);
        if (refs.Count == 0 && FirstId(m.Header?["In-Reply-To"]) is { } reply) refs.Add(reply);
        ThreadContainer? previous = null;
        foreach (string r in refs)
        {
            ThreadContainer current = GetOrAdd(table, r);
            if (previous is not null && current.Parent is null && !current.IsAncestorOf(previous)) previous.AddChild(current);
            previous = current;
        }
        if (previous is not null && node.IsAncestorOf(previous)) previous = null;
        node.Detach();
        previous?.AddChild(node);
    }

    // Step 3: dummies without children go; dummies with children give them to their parent (at the root only one child).
    private static List<ThreadContainer> Prune(List<ThreadContainer> list, bool isRoot)
    {
        var kept = new List<ThreadContainer>(list.Count);
        foreach (ThreadContainer c in list)
        {
            List<ThreadContainer> children = Prune([.. c.Children], isRoot: false);
            c.Children.Clear();
            foreach (ThreadContainer child in children) c.AddChild(child);
            if (c.IsDummy && c.Children.Count == 0) continue;
            if (c.IsDummy && (!isRoot || c.Children.Count == 1))
            {
                foreach (ThreadContainer child in c.Children.ToArray())
                {
                    child.Detach();
                    kept.Add(child);
                }
                continue;
            }
            kept.Add(c);
        }
        return kept;
    }

    // Step 5: roots with the same base subject are merged.
    private static List<ThreadContainer> MergeBySubject(List<ThreadContainer> roots)
    {
        var subjects = new Dictionary<string, ThreadContainer>(StringComparer.Ordinal);
        foreach (ThreadContainer r in roots)
        {
            string subject = Subject(r);
            if (subject.Length == 0) continue;
            if (!subjects.TryGetValue(subject, out ThreadContainer? old) || (r.IsDummy && !old.IsDummy)
                || (!old.IsDummy && !r.IsDummy && old.Message!.IsReplyOrForward && !r.Message!.IsReplyOrForward))
                subjects[subject] = r;
        }
        var result = new List<ThreadContainer>(roots.Count);
        foreach (ThreadContainer r in roots)
        {
            string subject = Subject(r);
            if (subject.Length == 0 || !subjects.TryGetValue(subject, out ThreadContainer? keep) || ReferenceEquals(keep, r))
            {
                result.Add(r);
                continue;
            }
            if (keep.IsDummy)
            {
                if (r.IsDummy)
                    foreach (ThreadContainer child in r.Children.ToArray()) keep.AddChild(child);
                else keep.AddChild(r);
            }
            else if (!keep.Message!.IsReplyOrForward && r.Message!.IsReplyOrForward) keep.AddChild(r);
            else
            {
                // Neither is a reply of the other: both become children of a new dummy in the kept one's place.
                var dummy = new ThreadContainer();
                int at = result.IndexOf(keep);
                dummy.AddChild(keep);
                dummy.AddChild(r);
                if (at >= 0) result[at] = dummy;
                subjects[subject] = dummy;
            }
        }
        return result;
    }

    private static void SortChildren(List<ThreadContainer> list)
    {
        foreach (ThreadContainer c in list)
        {
            SortChildren(c.Children);
            c.Children.Sort(ThreadContainer.CompareByDate);
        }
        list.Sort(ThreadContainer.CompareByDate);
    }

    private static ThreadNode ToNode(ThreadContainer c, Func<SortEntry, uint> number)
    {
        var chain = new List<uint>();
        while (!c.IsDummy)
        {
            chain.Add(number(c.Message!));
            if (c.Children.Count != 1) break;
            c = c.Children[0];
        }
        var branches = new List<ThreadNode>(c.Children.Count);
        if (c.IsDummy || c.Children.Count > 1)
            foreach (ThreadContainer child in c.Children) branches.Add(ToNode(child, number));
        return new ThreadNode(chain, branches);
    }

    private static string Subject(ThreadContainer c) => (c.Message ?? (c.Children.Count > 0 ? c.Children[0].Message : null))?.Subject ?? "";

    private static ThreadContainer GetOrAdd(Dictionary<string, ThreadContainer> table, string id)
    {
        if (!table.TryGetValue(id, out ThreadContainer? c)) table[id] = c = new ThreadContainer();
        return c;
    }

    private static string? FirstId(string? value) => value is null ? null : MessageIds().Match(value) is { Success: true } m ? m.Value : null;

    private static List<string> Ids(string? value)
    {
        var list = new List<string>();
        if (value is null) return list;
        foreach (Match m in MessageIds().Matches(value)) list.Add(m.Value);
        return list;
    }
}
