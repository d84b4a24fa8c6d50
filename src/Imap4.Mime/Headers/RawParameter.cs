namespace Imap4.Mime.Headers;

/// <summary>A MIME parameter as bytes, as written (after RFC 2231 continuations are joined), for BODYSTRUCTURE.</summary>
/// <param name="Name">The name as written, possibly ending in <c>*</c> (RFC 2231 extended value).</param>
/// <param name="Value">The value, unquoted, not decoded.</param>
internal sealed record RawParameter(byte[] Name, byte[] Value)
{
    public string NameText => System.Text.Encoding.ASCII.GetString(Name);
}
