namespace Imap4.Mime;

/// <summary>How a part's body was parsed.</summary>
public enum MimePartKind
{
    /// <summary>A leaf: its body is content (text, attachment, or a structure too deep or without boundary).</summary>
    Leaf,

    /// <summary>A multipart with a boundary: <see cref="MimePart.Children"/> holds the parts.</summary>
    Multipart,

    /// <summary>A message/rfc822 (or message/global) part: <see cref="MimePart.Message"/> holds the message.</summary>
    Message,
}
