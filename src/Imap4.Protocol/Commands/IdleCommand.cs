using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>IDLE</c> (RFC 9051 section 6.3.13, RFC 2177): the server answers with a continuation request and then sends
/// updates until the client ends the command with the line <c>DONE</c>. <c>DONE</c> is not a command: it has no tag,
/// is only valid while IDLE is in progress, and is therefore never given to <see cref="CommandParser"/>; the session
/// recognises it with <see cref="IsDone"/> and the client writes <see cref="DoneLine"/>.
/// </summary>
public sealed record IdleCommand : ImapCommand
{
    /// <summary>The command; it has no arguments, so one instance serves everywhere.</summary>
    public static IdleCommand Instance { get; } = new();

    /// <summary>The line that ends IDLE: <c>DONE</c> CRLF.</summary>
    public static ReadOnlySpan<byte> DoneLine => "DONE\r\n"u8;

    /// <inheritdoc/>
    public override string Name => "IDLE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
    }

    /// <summary>True when <paramref name="line"/> is the IDLE terminator: <c>DONE</c> in any case, with CRLF or a bare LF.</summary>
    /// <param name="line">One line received while IDLE is in progress, including its line end.</param>
    /// <returns>Whether it is <c>DONE</c>; anything else is a protocol error the server answers with BAD.</returns>
    public static bool IsDone(ReadOnlySpan<byte> line)
    {
        if (line.EndsWith("\n"u8)) line = line[..^1];
        if (line.EndsWith("\r"u8)) line = line[..^1];
        return Ascii.EqualsIgnoreCase(line, "DONE"u8);
    }

    internal static IdleCommand Parse(ref ImapReader reader, bool isUid) => Instance;
}
