namespace Imap4.Protocol.Fetch;

/// <summary>Which IMAP4rev1 RFC822 item a <see cref="Rfc822Item"/> is.</summary>
public enum Rfc822Part
{
    /// <summary><c>RFC822</c>: the whole message (like <c>BODY[]</c>).</summary>
    Message,

    /// <summary><c>RFC822.HEADER</c>: the header (like <c>BODY[HEADER]</c>).</summary>
    Header,

    /// <summary><c>RFC822.TEXT</c>: the body text (like <c>BODY[TEXT]</c>).</summary>
    Text,
}
