using System.Text;

namespace Imap4.Protocol.Tests.Rfc;

/// <summary>One example line (or literal-joined frame) of an RFC transcript.</summary>
/// <param name="Rfc">File name, e.g. rfc9051.txt.</param>
/// <param name="Line">1-based line number of the example's first line.</param>
/// <param name="Side">'C' for client, 'S' for server.</param>
/// <param name="Frame">The frame's bytes through its final CRLF, literals inline.</param>
/// <param name="Context">What the client sent last (the command in progress), for telling commands from SASL data and DONE.</param>
public sealed record RfcExample(string Rfc, int Line, char Side, byte[] Frame, string Context)
{
    /// <summary>The frame as text, CRLF removed at the end.</summary>
    public string Text => Encoding.UTF8.GetString(Frame).TrimEnd('\r', '\n');

    /// <inheritdoc />
    public override string ToString() => $"{Rfc}:{Line} {Side}: {Text}";
}
