namespace Imap4.Mime.Headers;

/// <summary>A decoded MIME parameter: RFC 2231 continuations joined and charset-decoded, RFC 2047 words decoded (a common violation).</summary>
/// <param name="Name">The name, lower case, without RFC 2231 markers.</param>
/// <param name="Value">The decoded value.</param>
public sealed record MimeParameter(string Name, string Value);
