namespace Imap4.Protocol.Commands;

/// <summary>A command as a server receives it: its tag and the typed command.</summary>
/// <param name="Tag">The client's tag.</param>
/// <param name="Command">The command.</param>
public sealed record TaggedCommand(string Tag, ImapCommand Command);
