using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;

namespace Imap4.Server.Session;

/// <summary>What the command reader produced: a command, a framing or syntax error to answer, or the end of input.</summary>
internal readonly record struct InboundCommand
{
    /// <summary>The parsed command, or null.</summary>
    public TaggedCommand? Command { get; private init; }

    /// <summary>The response to an unacceptable command, or null.</summary>
    public StatusResponse? Error { get; private init; }

    /// <summary>True when the connection must close after <see cref="Error"/>.</summary>
    public bool Close { get; private init; }

    /// <summary>An APPEND whose message literals are read while it runs, or null.</summary>
    public StreamedAppend? Append { get; private init; }

    /// <summary>True when the client closed its side.</summary>
    public bool EndOfInput => Command is null && Error is null && Append is null;

    public static InboundCommand Parsed(TaggedCommand command) => new() { Command = command };

    public static InboundCommand Rejected(StatusResponse error, bool close = false) => new() { Error = error, Close = close };

    public static InboundCommand Streamed(StreamedAppend append) => new() { Append = append };

    public static InboundCommand Ended => default;
}
