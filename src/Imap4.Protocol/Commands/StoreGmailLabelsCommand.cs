using Imap4.Protocol.Wire;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Commands;

/// <summary>
/// STORE / UID STORE of Gmail labels: <c>STORE set [+|-]X-GM-LABELS[.SILENT] (labels)</c>. Labels are astrings; system
/// labels (<c>\Inbox</c>, <c>\Important</c>, ...) are written unquoted, as Gmail expects. Parsed by the STORE parser.
/// </summary>
/// <param name="Set">Message sequence numbers, or UIDs when <see cref="IsUid"/>.</param>
/// <param name="Action">Replace, add or remove.</param>
/// <param name="Silent">True for <c>.SILENT</c>.</param>
/// <param name="Labels">The labels (may be empty).</param>
public sealed record StoreGmailLabelsCommand(SequenceSet Set, StoreAction Action, bool Silent, IReadOnlyList<string> Labels) : ImapCommand
{
    /// <summary>True for UID STORE.</summary>
    public bool IsUid { get; init; }

    /// <summary>UNCHANGEDSINCE mod-sequence (RFC 7162), if given.</summary>
    public ulong? UnchangedSince { get; init; }

    /// <inheritdoc />
    public override string Name => IsUid ? "UID STORE" : "STORE";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Labels);
        StoreSyntax.WriteHead(writer, Set, UnchangedSince, Action, "X-GM-LABELS", Silent);
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Labels.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(Labels[i]);
            if (i > 0) writer.WriteSpace();
            StoreSyntax.WriteLabel(writer, Labels[i]);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public bool Equals(StoreGmailLabelsCommand? other) =>
        other is not null && IsUid == other.IsUid && UnchangedSince == other.UnchangedSince && Action == other.Action
        && Silent == other.Silent && Set.Equals(other.Set) && ValueEquality.Equal(Labels, other.Labels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsUid, UnchangedSince, Action, Silent, Set, ValueEquality.Hash(Labels));
}
