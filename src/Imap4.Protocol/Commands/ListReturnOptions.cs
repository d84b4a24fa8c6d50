namespace Imap4.Protocol.Commands;

/// <summary>
/// LIST return options (RFC 5258 section 3.2, RFC 6154, RFC 8440), written in this order. STATUS (RFC 5819) carries items
/// and is held separately in <see cref="ListCommand.ReturnStatus"/>.
/// </summary>
[Flags]
public enum ListReturnOptions
{
    /// <summary>No return options.</summary>
    None = 0,

    /// <summary><c>SUBSCRIBED</c>: mark subscribed names with \Subscribed.</summary>
    Subscribed = 1,

    /// <summary><c>CHILDREN</c>: return \HasChildren / \HasNoChildren.</summary>
    Children = 2,

    /// <summary><c>SPECIAL-USE</c>: return special-use attributes (RFC 6154).</summary>
    SpecialUse = 4,

    /// <summary><c>MYRIGHTS</c>: return the user's ACL rights for each mailbox (LIST-MYRIGHTS, RFC 8440).</summary>
    MyRights = 8,
}
