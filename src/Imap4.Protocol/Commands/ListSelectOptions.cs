namespace Imap4.Protocol.Commands;

/// <summary>LIST selection options (RFC 5258 section 3.1, RFC 6154 section 5.4), written in this order.</summary>
[Flags]
public enum ListSelectOptions
{
    /// <summary>No selection options.</summary>
    None = 0,

    /// <summary><c>SUBSCRIBED</c>: only subscribed names (a base option).</summary>
    Subscribed = 1,

    /// <summary><c>REMOTE</c>: include remote mailboxes (an independent option).</summary>
    Remote = 2,

    /// <summary><c>RECURSIVEMATCH</c>: report parents of matches; needs a base option.</summary>
    RecursiveMatch = 4,

    /// <summary><c>SPECIAL-USE</c>: only mailboxes with a special use (RFC 6154; a base option).</summary>
    SpecialUse = 8,
}
