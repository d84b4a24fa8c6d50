using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>UNAUTHENTICATE (RFC 8437): returns the connection to the not-authenticated state.</summary>
public sealed record UnauthenticateCommand : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "UNAUTHENTICATE";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
    }

    /// <summary>UNAUTHENTICATE takes no arguments.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static UnauthenticateCommand Parse(ref ImapReader reader, bool isUid) => new();
}
