using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>SETQUOTA (RFC 9208): <c>SETQUOTA quota-root (STORAGE 512 MESSAGE 1000)</c>; an empty list removes all limits.</summary>
/// <param name="Root">The quota root name (astring).</param>
/// <param name="Limits">The new limits, in order.</param>
public sealed record SetQuotaCommand(string Root, IReadOnlyList<QuotaLimit> Limits) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "SETQUOTA";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Root);
        ArgumentNullException.ThrowIfNull(Limits);
        writer.WriteSpace();
        writer.WriteAString(Root);
        writer.WriteRaw(" ("u8);
        for (int i = 0; i < Limits.Count; i++)
        {
            if (Limits[i].Resource is null) throw new InvalidOperationException("a QuotaLimit was not initialised");
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(Limits[i].Resource);
            writer.WriteSpace();
            writer.WriteNumber(Limits[i].Limit);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads <c>SP quota-root-name SP "(" [resource-name SP resource-limit *(...)] ")"</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static SetQuotaCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        string root = reader.ReadAString();
        reader.ReadSpace();
        reader.EnterList();
        var limits = new List<QuotaLimit>();
        if (reader.TryExitList()) return new SetQuotaCommand(root, limits);
        do
        {
            string resource = reader.ReadAtom();
            reader.ReadSpace();
            limits.Add(new QuotaLimit(resource, reader.ReadNumber64()));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new SetQuotaCommand(root, limits);
    }

    /// <inheritdoc />
    public bool Equals(SetQuotaCommand? other) =>
        other is not null && string.Equals(Root, other.Root, StringComparison.Ordinal) && ValueEquality.Equal(Limits, other.Limits);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Root, ValueEquality.Hash(Limits));
}
