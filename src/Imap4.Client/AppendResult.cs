using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>Where APPEND put the message(s): the APPENDUID data (UIDPLUS), when the server sent it.</summary>
/// <param name="UidValidity">The folder's UIDVALIDITY, or null without APPENDUID.</param>
/// <param name="Uids">The new UIDs in order, or null without APPENDUID.</param>
public sealed record AppendResult(uint? UidValidity, UidSet? Uids)
{
    /// <summary>The UID of the (first) appended message, or null without APPENDUID.</summary>
    public uint? Uid => Uids is { Count: > 0 } u ? u.ElementAt(0) : null;
}
