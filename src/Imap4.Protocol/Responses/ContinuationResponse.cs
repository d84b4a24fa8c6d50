using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// A continuation request, <c>+ text</c> or <c>+ base64</c> (SASL challenges): the server is ready for the rest of
/// the command (after a synchronizing literal, during AUTHENTICATE, or in IDLE).
/// </summary>
/// <param name="Text">The text after "+ " (base64 data for SASL challenges), possibly empty.</param>
public sealed record ContinuationResponse(string Text) : ImapResponse
{
    /// <summary>Decodes <see cref="Text"/> as a SASL challenge; null when it is not base64.</summary>
    /// <returns>The challenge bytes, or null.</returns>
    public byte[]? TryDecodeBase64()
    {
        try
        {
            return Convert.FromBase64String(Text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("+ "u8);
        writer.WriteRaw(Encoding.UTF8.GetBytes(Text));
        writer.WriteCrlf();
    }
}
