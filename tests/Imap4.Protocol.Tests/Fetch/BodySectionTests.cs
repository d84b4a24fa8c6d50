using System.Text;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Fetch;

public class BodySectionTests
{
    [Theory]
    [InlineData("[]", SectionKind.Content, 0)]
    [InlineData("[HEADER]", SectionKind.Header, 0)]
    [InlineData("[TEXT]", SectionKind.Text, 0)]
    [InlineData("[1.2.3]", SectionKind.Content, 3)]
    [InlineData("[4.1.MIME]", SectionKind.Mime, 2)]
    [InlineData("[HEADER.FIELDS (FROM SUBJECT)]", SectionKind.HeaderFields, 0)]
    [InlineData("[2.HEADER.FIELDS.NOT (X-A \"X B\")]", SectionKind.HeaderFieldsNot, 1)]
    public void Round_trips(string wire, SectionKind kind, int depth)
    {
        var r = new ImapReader(Encoding.ASCII.GetBytes(wire));
        var s = BodySection.Read(ref r);
        Assert.True(r.End);
        Assert.Equal(kind, s.Kind);
        Assert.Equal(depth, s.Part.Count);
        Assert.Equal(wire, s.ToString());
    }

    [Theory]
    [InlineData("[MIME]")]
    [InlineData("[0]")]
    [InlineData("[HEADER.FIELDS ()]")]
    [InlineData("[BOGUS]")]
    public void Rejects_invalid(string wire) => Assert.ThrowsAny<Exception>(() =>
    {
        var r = new ImapReader(Encoding.ASCII.GetBytes(wire));
        BodySection.Read(ref r);
    });
}
