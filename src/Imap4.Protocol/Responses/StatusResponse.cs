using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// A status response: <c>tag OK/NO/BAD [code] text</c>, or untagged <c>* OK/NO/BAD/PREAUTH/BYE [code] text</c>
/// (the greeting is an untagged OK, PREAUTH or BYE).
/// </summary>
/// <param name="Tag">The tag of the command it completes, or null for an untagged response.</param>
/// <param name="Kind">OK, NO, BAD, PREAUTH or BYE.</param>
/// <param name="Code">The response code in brackets, or null.</param>
/// <param name="Text">The human-readable text (may be empty).</param>
public sealed record StatusResponse(string? Tag, StatusKind Kind, ResponseCode? Code, string Text) : ImapResponse
{
    /// <summary>True for an untagged (<c>*</c>) response.</summary>
    public bool IsUntagged => Tag is null;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(Tag ?? "*");
        writer.WriteSpace();
        writer.WriteRaw(KindName(Kind));
        if (Code is not null)
        {
            writer.WriteSpace();
            Code.Write(writer);
        }
        if (Text.Length > 0)
        {
            writer.WriteSpace();
            WriteText(writer, Text);
        }
        writer.WriteCrlf();
    }

    /// <summary>
    /// Writes resp-text's text part. RFC 9051 makes the text optional, so an empty text is written as nothing (no trailing SP);
    /// CR and LF, which cannot appear in text, become spaces.
    /// </summary>
    internal static void WriteText(ImapWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0) text = text.Replace('\r', ' ').Replace('\n', ' ');
        writer.WriteRaw(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The wire keyword of a status kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>OK, NO, BAD, PREAUTH or BYE.</returns>
    public static string KindName(StatusKind kind) => kind switch
    {
        StatusKind.Ok => "OK",
        StatusKind.No => "NO",
        StatusKind.Bad => "BAD",
        StatusKind.PreAuth => "PREAUTH",
        StatusKind.Bye => "BYE",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Tag ?? "*"} {KindName(Kind)} {(Code is null ? "" : Code + " ")}{Text}";
}
