using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// FETCH / UID FETCH (RFC 9051 section 6.4.5): <c>FETCH set (attributes) [(modifiers)]</c>, with the CHANGEDSINCE and
/// VANISHED modifiers (RFC 7162) and PARTIAL (RFC 9394). A macro (ALL, FAST, FULL) is the only attribute and is written
/// bare; other attributes are always written as a parenthesised list.
/// </summary>
/// <param name="Set">Message sequence numbers, or UIDs when <see cref="IsUid"/>.</param>
/// <param name="Attributes">What to fetch: one macro, or one or more attributes.</param>
public sealed record FetchCommand(SequenceSet Set, IReadOnlyList<FetchAttribute> Attributes) : ImapCommand
{
    /// <summary>True for UID FETCH.</summary>
    public bool IsUid { get; init; }

    /// <summary>CHANGEDSINCE mod-sequence (RFC 7162): only messages whose mod-sequence is greater; at least 1.</summary>
    public ulong? ChangedSince { get; init; }

    /// <summary>VANISHED (RFC 7162 QRESYNC): also report expunged UIDs; UID FETCH with <see cref="ChangedSince"/> only.</summary>
    public bool Vanished { get; init; }

    /// <summary>PARTIAL (RFC 9394): return only this window of the matching messages.</summary>
    public PartialWindow? Partial { get; init; }

    /// <inheritdoc />
    public override string Name => IsUid ? "UID FETCH" : "FETCH";

    /// <summary>The attributes with macros expanded (RFC 9051 section 6.4.5), e.g. FAST becomes FLAGS INTERNALDATE RFC822.SIZE.</summary>
    /// <returns>The attributes.</returns>
    public IReadOnlyList<FetchAttribute> ExpandAttributes()
    {
        if (Attributes.Count == 1) return Attributes[0].Expand();
        return Attributes;
    }

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Validate();
        writer.WriteSpace();
        writer.WriteSequenceSet(Set);
        writer.WriteSpace();
        if (Attributes[0].IsMacro) Attributes[0].Write(writer);
        else WriteList(writer);
        WriteModifiers(writer);
    }

    private void Validate()
    {
        ArgumentNullException.ThrowIfNull(Set);
        ArgumentNullException.ThrowIfNull(Attributes);
        if (Attributes.Count == 0) throw new InvalidOperationException("FETCH needs at least one attribute");
        for (int i = 0; i < Attributes.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(Attributes[i]);
            if (Attributes[i].IsMacro && Attributes.Count > 1)
                throw new InvalidOperationException("ALL, FAST and FULL must be the only FETCH attribute");
        }
        if (ChangedSince == 0) throw new InvalidOperationException("CHANGEDSINCE must be at least 1");
        if (Vanished && (!IsUid || ChangedSince is null))
            throw new InvalidOperationException("VANISHED is only allowed in UID FETCH together with CHANGEDSINCE");
    }

    private void WriteList(ImapWriter writer)
    {
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Attributes.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            Attributes[i].Write(writer);
        }
        writer.WriteByte((byte)')');
    }

    private void WriteModifiers(ImapWriter writer)
    {
        if (Partial is null && ChangedSince is null) return;
        writer.WriteRaw(" ("u8);
        bool first = true;
        if (Partial is not null)
        {
            writer.WriteRaw("PARTIAL "u8);
            Partial.Write(writer);
            first = false;
        }
        if (ChangedSince is { } modseq)
        {
            if (!first) writer.WriteSpace();
            writer.WriteRaw("CHANGEDSINCE "u8);
            writer.WriteNumber(modseq);
            if (Vanished) writer.WriteRaw(" VANISHED"u8);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads <c>SP sequence-set SP (macro / fetch-att / "(" fetch-att *(SP fetch-att) ")") [SP fetch-modifiers]</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">True for UID FETCH.</param>
    /// <returns>The command.</returns>
    internal static FetchCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        SequenceSet set = reader.ReadSequenceSet();
        reader.ReadSpace();
        List<FetchAttribute> attributes = ReadAttributes(ref reader);
        var command = new FetchCommand(set, attributes) { IsUid = isUid };
        return reader.TryReadSpace() ? ReadModifiers(ref reader, command) : command;
    }

    private static List<FetchAttribute> ReadAttributes(ref ImapReader reader)
    {
        if (!reader.TryEnterList()) return [FetchAttribute.Read(ref reader, allowMacro: true)];
        if (reader.TryPeek(out byte b) && b == ')') reader.Fail("empty fetch attribute list");
        var attributes = new List<FetchAttribute>();
        do
        {
            // Tolerated: a space before ")" (RFC 9394's own example sends "(UID FLAGS )").
            if (reader.TryPeek(out byte next) && next == ')' && attributes.Count > 0) break;
            attributes.Add(FetchAttribute.Read(ref reader));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return attributes;
    }

    /// <summary>fetch-modifiers (RFC 4466): <c>"(" fetch-modifier *(SP fetch-modifier) ")"</c>, each at most once.</summary>
    private static FetchCommand ReadModifiers(ref ImapReader reader, FetchCommand command)
    {
        reader.EnterList();
        ulong? changedSince = null;
        bool vanished = false;
        PartialWindow? partial = null;
        do
        {
            long start = reader.Position;
            if (reader.TryReadKeyword("CHANGEDSINCE"u8))
            {
                if (changedSince is not null) throw Repeated(start, "CHANGEDSINCE");
                reader.ReadSpace();
                changedSince = reader.ReadNumber64();
                if (changedSince == 0) throw new ImapParseException(start, "CHANGEDSINCE needs a mod-sequence of at least 1");
            }
            else if (reader.TryReadKeyword("VANISHED"u8))
            {
                if (vanished) throw Repeated(start, "VANISHED");
                if (!command.IsUid) throw new ImapParseException(start, "VANISHED is only allowed in UID FETCH");
                vanished = true;
            }
            else if (reader.TryReadKeyword("PARTIAL"u8))
            {
                if (partial is not null) throw Repeated(start, "PARTIAL");
                reader.ReadSpace();
                partial = PartialWindow.Read(ref reader);
            }
            else
            {
                string name = reader.TryPeek(out byte b) && ImapChars.IsAtomChar(b) ? reader.ReadAtom() : "";
                throw new ImapParseException(start, name.Length == 0 ? "expected a FETCH modifier" : $"unknown FETCH modifier {name}");
            }
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        if (vanished && changedSince is null) reader.Fail("VANISHED needs CHANGEDSINCE");
        return command with { ChangedSince = changedSince, Vanished = vanished, Partial = partial };
    }

    private static ImapParseException Repeated(long position, string name) =>
        new(position, $"FETCH modifier {name} given twice");

    /// <inheritdoc />
    public bool Equals(FetchCommand? other) =>
        other is not null && IsUid == other.IsUid && ChangedSince == other.ChangedSince && Vanished == other.Vanished
        && Equals(Partial, other.Partial) && Set.Equals(other.Set) && ValueEquality.Equal(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(IsUid, ChangedSince, Vanished, Partial, Set, ValueEquality.Hash(Attributes));
}
