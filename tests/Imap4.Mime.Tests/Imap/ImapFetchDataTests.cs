using System.Buffers;
using System.Text;
using Imap4.Mime.Imap;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Wire;

namespace Imap4.Mime.Tests.Imap;

public sealed class ImapFetchDataTests
{
    private static MimePart Root(string text, Encoding? encoding = null) => MimeParser.Parse((encoding ?? Encoding.UTF8).GetBytes(text)).Root;

    private static byte[] Wire(FetchItem item)
    {
        var buffer = new ArrayBufferWriter<byte>();
        item.Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Fetch_items_write_the_same_bytes_as_the_wire_helpers()
    {
        var root = Root("From: A <a@x.example>\r\nSubject: hi\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Language: en\r\n\r\none\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: in\r\n\r\nx\r\n--b--\r\n");
        Assert.Equal([.. "ENVELOPE "u8, .. ImapFetchData.Envelope(root)], Wire(new EnvelopeItem(ImapFetchData.GetEnvelope(root))));
        Assert.Equal([.. "BODY "u8, .. ImapFetchData.Body(root)], Wire(new BodyStructureItem(ImapFetchData.GetBodyStructure(root, false), false)));
        Assert.Equal([.. "BODYSTRUCTURE "u8, .. ImapFetchData.BodyStructure(root)], Wire(new BodyStructureItem(ImapFetchData.GetBodyStructure(root, true))));
    }

    [Fact]
    public void Typed_structure_has_dovecot_defaults()
    {
        var root = Root("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Language: en\r\n\r\none\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: in\r\n\r\nx\r\n--b--\r\n");
        var body = Assert.IsType<MultipartBody>(ImapFetchData.GetBodyStructure(root, extensible: true));
        var text = Assert.IsType<TextBody>(body.Parts[0]);
        Assert.Equal("us-ascii", text.Charset);
        Assert.Equal("7bit", text.Encoding);
        Assert.Equal(["en"], text.Language!);
        Assert.Contains("\"7bit\" 3 0 NIL NIL (\"en\") NIL)", Encoding.ASCII.GetString(ImapFetchData.BodyStructure(root)), StringComparison.Ordinal);
        var message = Assert.IsType<MessageBody>(body.Parts[1]);
        Assert.Equal("in", message.Envelope.Subject);
        Assert.Equal(4, body.ExtensionFieldCount);
        Assert.False(ImapFetchData.GetBodyStructure(root, extensible: false).HasExtensionData);
    }

    [Fact]
    public void Empty_multipart_gets_one_empty_text_part()
    {
        var root = Root("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b--\r\n");
        Assert.Equal("((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 0 0) \"mixed\")", Encoding.ASCII.GetString(ImapFetchData.Body(root)));
    }

    [Fact]
    public void Latin1_header_bytes_are_sent_as_their_utf8_form()
    {
        var root = Root("Subject: caf\u00e9\r\nFrom: J\u00f6rg <j@x.example>\r\n\r\nbody\r\n", Encoding.Latin1);
        var envelope = ImapFetchData.GetEnvelope(root);
        Assert.Equal("caf\u00e9", envelope.Subject);
        Assert.Equal("J\u00f6rg", envelope.From![0].Name);
        string wire = Encoding.UTF8.GetString(ImapFetchData.Envelope(root));
        Assert.StartsWith("(NIL {5}\r\ncaf\u00e9 (({5}\r\nJ\u00f6rg NIL \"j\" \"x.example\"))", wire, StringComparison.Ordinal);
    }
}
