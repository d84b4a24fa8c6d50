namespace Imap4.Server.Mail;

/// <summary>A container of the REFERENCES threading algorithm (RFC 5256 section 3): a message, or a dummy for a missing one.</summary>
internal sealed class ThreadContainer
{
    public SortEntry? Message { get; set; }

    public ThreadContainer? Parent { get; private set; }

    public List<ThreadContainer> Children { get; } = [];

    public bool IsDummy => Message is null;

    /// <summary>The date a container sorts by: its message's, else its first child's (children sorted first).</summary>
    public DateTimeOffset Date => Message?.Date ?? (Children.Count > 0 ? Children[0].Date : DateTimeOffset.MaxValue);

    /// <summary>The sequence tie-breaker: its message's UID, else its first child's.</summary>
    public uint Order => Message?.Info.Uid ?? (Children.Count > 0 ? Children[0].Order : uint.MaxValue);

    public void AddChild(ThreadContainer child)
    {
        child.Parent?.Children.Remove(child);
        child.Parent = this;
        Children.Add(child);
    }

    public void Detach()
    {
        Parent?.Children.Remove(this);
        Parent = null;
    }

    /// <summary>True when <paramref name="other"/> is this container or lies below it.</summary>
    public bool IsAncestorOf(ThreadContainer other)
    {
        for (ThreadContainer? c = other; c is not null; c = c.Parent)
            if (ReferenceEquals(c, this)) return true;
        return false;
    }

    public static int CompareByDate(ThreadContainer a, ThreadContainer b)
    {
        int r = a.Date.CompareTo(b.Date);
        return r != 0 ? r : a.Order.CompareTo(b.Order);
    }
}
