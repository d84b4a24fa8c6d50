using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// One IMAP command without its tag: a typed record per command of RFC 9051, RFC 3501 and the supported extensions.
/// A client writes it with <see cref="Write"/>; a server gets it from <see cref="CommandParser"/>.
/// </summary>
public abstract record ImapCommand
{
    /// <summary>The command name as sent on the wire, e.g. <c>SELECT</c> or <c>UID FETCH</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Writes the arguments that follow the name, each preceded by its SP (nothing for commands without arguments).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    public abstract void WriteArguments(ImapWriter writer);

    /// <summary>Writes the whole command line: tag, SP, name, arguments and CRLF.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="tag">The command's tag.</param>
    public void Write(ImapWriter writer, string tag)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!ImapChars.IsTag(tag)) throw new ArgumentException($"'{tag}' is not a valid tag", nameof(tag));
        writer.WriteRaw(tag);
        writer.WriteSpace();
        writer.WriteRaw(Name);
        WriteArguments(writer);
        writer.WriteCrlf();
    }
}
