using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>Flag list arithmetic shared by stores: each flag once, <c>\Recent</c> and <c>\*</c> never stored.</summary>
public static class FlagList
{
    /// <summary>The flags that can be stored, each once, in the order given.</summary>
    /// <param name="flags">Flags from a client.</param>
    public static Flag[] Normalize(IEnumerable<Flag>? flags)
    {
        if (flags is null) return [];
        var list = new List<Flag>();
        foreach (Flag f in flags)
        {
            ArgumentNullException.ThrowIfNull(f, nameof(flags));
            if (f == Flag.Recent || f.IsWildcard || list.Contains(f)) continue;
            list.Add(f);
        }
        return [.. list];
    }

    /// <summary>The flags after a STORE operation; the same array when nothing changes.</summary>
    /// <param name="current">The current flags (normalized).</param>
    /// <param name="operation">The operation.</param>
    /// <param name="flags">The operand (normalized).</param>
    public static Flag[] Apply(Flag[] current, FlagOperation operation, Flag[] flags)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(flags);
        Flag[] next = operation switch
        {
            FlagOperation.Replace => flags,
            FlagOperation.Add => [.. current, .. flags.Where(f => !current.Contains(f))],
            FlagOperation.Remove => [.. current.Where(f => !flags.Contains(f))],
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        return SetEquals(current, next) ? current : next;
    }

    /// <summary>True when both lists hold the same flags (case-insensitively), whatever the order.</summary>
    /// <param name="a">A normalized list.</param>
    /// <param name="b">A normalized list.</param>
    public static bool SetEquals(IReadOnlyCollection<Flag> a, IReadOnlyCollection<Flag> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count == b.Count && a.All(b.Contains);
    }
}
