using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Reads the arguments of one command, positioned just after its name.</summary>
/// <param name="reader">The reader, positioned after the command name (before the SP of the first argument).</param>
/// <param name="isUid">True when the command was prefixed by <c>UID</c>.</param>
/// <returns>The command.</returns>
public delegate ImapCommand CommandArgumentsParser(ref ImapReader reader, bool isUid);

/// <summary>
/// Parses client command frames (as <c>ImapFramer</c> delimits them) into typed <see cref="ImapCommand"/>s.
/// Each command registers its arguments parser in one of the registry parts (<c>CommandParser.*.cs</c>).
/// </summary>
public static partial class CommandParser
{
    private static readonly Dictionary<string, CommandArgumentsParser> Commands = Build(uid: false);
    private static readonly Dictionary<string, CommandArgumentsParser> UidCommands = Build(uid: true);

    private static Dictionary<string, CommandArgumentsParser> Build(bool uid)
    {
        var d = new Dictionary<string, CommandArgumentsParser>(StringComparer.OrdinalIgnoreCase);
        if (uid) { AddUidCommands(d); AddUidSearchCommands(d); AddUidExtensionCommands(d); }
        else { AddCoreCommands(d); AddExtensionCommands(d); AddSearchCommands(d); }
        return d;
    }

    static partial void AddCoreCommands(Dictionary<string, CommandArgumentsParser> registry);
    static partial void AddExtensionCommands(Dictionary<string, CommandArgumentsParser> registry);
    static partial void AddSearchCommands(Dictionary<string, CommandArgumentsParser> registry);
    static partial void AddUidCommands(Dictionary<string, CommandArgumentsParser> registry);
    static partial void AddUidSearchCommands(Dictionary<string, CommandArgumentsParser> registry);

    /// <summary>Parses one complete command frame (tag, name, arguments, CRLF).</summary>
    /// <param name="frame">The frame, literals inline.</param>
    /// <param name="limits">Limits applied while parsing.</param>
    /// <param name="utf8Mailboxes">True once UTF-8 mailbox names are in use (IMAP4rev2, UTF8=ACCEPT enabled): names are
    /// then taken as UTF-8 instead of modified UTF-7 (<see cref="ImapReader.Utf8Mailboxes"/>).</param>
    /// <returns>The tag and the command.</returns>
    /// <exception cref="ImapParseException">The frame is not a valid command; <see cref="ImapParseException.Position"/> says where.</exception>
    public static TaggedCommand Parse(ReadOnlySequence<byte> frame, ImapLimits? limits = null, bool utf8Mailboxes = false)
    {
        var reader = new ImapReader(frame, limits) { Utf8Mailboxes = utf8Mailboxes };
        string tag = Encoding.ASCII.GetString(reader.ReadTagSpan());
        reader.ReadSpace();
        ImapCommand command = ParseCommand(ref reader);
        reader.ReadCrlf();
        reader.ExpectEnd();
        return new TaggedCommand(tag, command);
    }

    /// <summary>Parses one complete command frame held in one buffer.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="limits">Limits applied while parsing.</param>
    /// <param name="utf8Mailboxes">True once UTF-8 mailbox names are in use.</param>
    /// <returns>The tag and the command.</returns>
    public static TaggedCommand Parse(ReadOnlyMemory<byte> frame, ImapLimits? limits = null, bool utf8Mailboxes = false) =>
        Parse(new ReadOnlySequence<byte>(frame), limits, utf8Mailboxes);

    /// <summary>
    /// Reads the tag of a frame that failed to parse, so that a server can answer <c>tag BAD</c> (or <c>*</c> when none).
    /// </summary>
    /// <param name="frame">The frame.</param>
    /// <returns>The tag, or null when the frame does not start with one.</returns>
    public static string? TryReadTag(ReadOnlySequence<byte> frame)
    {
        var reader = new ImapReader(frame);
        try
        {
            string tag = Encoding.ASCII.GetString(reader.ReadTagSpan());
            return reader.TryPeek(out byte b) && b == ' ' ? tag : null;
        }
        catch (ImapParseException)
        {
            return null;
        }
    }

    private static ImapCommand ParseCommand(ref ImapReader reader)
    {
        long start = reader.Position;
        string name = reader.ReadAtom();
        bool isUid = name.Equals("UID", StringComparison.OrdinalIgnoreCase);
        var registry = Commands;
        if (isUid)
        {
            reader.ReadSpace();
            name = reader.ReadAtom();
            registry = UidCommands;
        }
        if (!registry.TryGetValue(name, out CommandArgumentsParser? parse))
            throw new ImapParseException(start, $"unknown command {(isUid ? "UID " : "")}{name}");
        return parse(ref reader, isUid);
    }
}
