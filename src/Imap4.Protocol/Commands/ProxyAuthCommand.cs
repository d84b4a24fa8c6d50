using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>PROXYAUTH (Cyrus): <c>PROXYAUTH user</c>, an administrator acting as another user.</summary>
/// <param name="User">The user to act as (astring).</param>
public sealed record ProxyAuthCommand(string User) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "PROXYAUTH";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(User);
        writer.WriteSpace();
        writer.WriteAString(User);
    }

    /// <summary>Reads <c>SP astring</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static ProxyAuthCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        return new ProxyAuthCommand(reader.ReadAString());
    }
}
