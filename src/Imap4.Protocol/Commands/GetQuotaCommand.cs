using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>GETQUOTA (RFC 9208): <c>GETQUOTA quota-root</c>, the usage and limits of a quota root.</summary>
/// <param name="Root">The quota root name (astring; may be empty).</param>
public sealed record GetQuotaCommand(string Root) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "GETQUOTA";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Root);
        writer.WriteSpace();
        writer.WriteAString(Root);
    }

    /// <summary>Reads <c>SP quota-root-name</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static GetQuotaCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        return new GetQuotaCommand(reader.ReadAString());
    }
}
