using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>The APPENDUID data of an append (RFC 4315).</summary>
/// <param name="UidValidity">The mailbox's UIDVALIDITY.</param>
/// <param name="Uids">The new UIDs, in the order the messages were given (ascending).</param>
public sealed record AppendResult(uint UidValidity, IReadOnlyList<uint> Uids)
{
    /// <summary>The UIDs as a uid-set for the APPENDUID response code.</summary>
    public UidSet ToUidSet() => UidSet.FromOrderedValues(Uids);
}
