using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// STORE / UID STORE of flags (RFC 9051 section 6.4.6): <c>STORE set [(UNCHANGEDSINCE n)] [+|-]FLAGS[.SILENT] (flags)</c>,
/// with the UNCHANGEDSINCE modifier of RFC 7162. Flags are always written as a parenthesised list.
/// </summary>
/// <param name="Set">Message sequence numbers, or UIDs when <see cref="IsUid"/>.</param>
/// <param name="Action">Replace, add or remove.</param>
/// <param name="Silent">True for <c>.SILENT</c>: the server does not answer with the new flags.</param>
/// <param name="Flags">The flags (may be empty, e.g. to clear all flags).</param>
public sealed record StoreCommand(SequenceSet Set, StoreAction Action, bool Silent, IReadOnlyList<Flag> Flags) : ImapCommand
{
    /// <summary>True for UID STORE.</summary>
    public bool IsUid { get; init; }

    /// <summary>UNCHANGEDSINCE mod-sequence (RFC 7162): store only where the message's mod-sequence is not greater (0 allowed).</summary>
    public ulong? UnchangedSince { get; init; }

    /// <inheritdoc />
    public override string Name => IsUid ? "UID STORE" : "STORE";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Flags);
        foreach (Flag f in Flags)
            if (f is null || f.IsWildcard) throw new InvalidOperationException("STORE flags cannot be null or \\*");
        StoreSyntax.WriteHead(writer, Set, UnchangedSince, Action, "FLAGS", Silent);
        writer.WriteFlagList(Flags);
    }

    /// <summary>
    /// Reads STORE's arguments. Returns a <see cref="StoreCommand"/>, or a <see cref="StoreGmailLabelsCommand"/> for
    /// X-GM-LABELS. Accepts bare flags without parentheses (RFC 9051 allows both).
    /// </summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">True for UID STORE.</param>
    /// <returns>The command.</returns>
    internal static ImapCommand Parse(ref ImapReader reader, bool isUid) => StoreSyntax.Parse(ref reader, isUid);

    /// <inheritdoc />
    public bool Equals(StoreCommand? other) =>
        other is not null && IsUid == other.IsUid && UnchangedSince == other.UnchangedSince && Action == other.Action
        && Silent == other.Silent && Set.Equals(other.Set) && ValueEquality.Equal(Flags, other.Flags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsUid, UnchangedSince, Action, Silent, Set, ValueEquality.Hash(Flags));
}
