namespace Imap4.Mime.Messages;

/// <summary>
/// Finds a message's text body, HTML body, attachments and inline parts: the first text/plain and first text/html part
/// not marked as an attachment are the bodies; parts with disposition attachment, and non-text parts without disposition
/// outside a multipart/related, are attachments; everything else (inline images, related resources, further text parts)
/// is inline. Attached messages are not looked into.
/// </summary>
internal sealed class BodyClassifier
{
    public MimePart? Text { get; private set; }

    public MimePart? Html { get; private set; }

    public List<(MimePart Part, bool Inline)> Others { get; } = [];

    public static BodyClassifier Classify(MimePart entity)
    {
        var result = new BodyClassifier();
        result.Visit(entity, inRelated: false);
        return result;
    }

    private void Visit(MimePart part, bool inRelated)
    {
        if (part.Kind == MimePartKind.Multipart)
        {
            bool related = inRelated || part.ContentType.Is("multipart", "related");
            foreach (var child in part.Children) Visit(child, related);
            return;
        }
        var disposition = part.ContentDisposition;
        bool attachment = disposition?.IsAttachment == true;
        bool isMessage = part.Kind == MimePartKind.Message;
        if (!attachment && !isMessage && Text is null && part.ContentType.Is("text", "plain")) Text = part;
        else if (!attachment && !isMessage && Html is null && part.ContentType.Is("text", "html")) Html = part;
        else
        {
            bool inline = !attachment && (disposition is not null || inRelated || (part.ContentType.IsType("text") && !isMessage));
            Others.Add((part, inline));
        }
    }
}
