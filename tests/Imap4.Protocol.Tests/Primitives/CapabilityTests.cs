using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class CapabilityTests
{
    [Theory]
    [InlineData("IMAP4rev1")]
    [InlineData("imap4REV1")]
    public void Well_known_capabilities_are_interned_in_any_case(string text)
    {
        Assert.Same(Capability.Imap4Rev1, Capability.Parse(Encoding.ASCII.GetBytes(text)));
        Assert.Same(Capability.Imap4Rev1, Capability.Parse(text));
        Assert.Equal(Capability.Imap4Rev1, new Capability(text));
        Assert.Equal(Capability.Imap4Rev1.GetHashCode(), new Capability(text).GetHashCode());
    }

    [Fact]
    public void Constants_have_their_wire_text()
    {
        Assert.Equal("LITERAL+", Capability.LiteralPlus.ToString());
        Assert.Equal("LITERAL-", Capability.LiteralMinus.ToString());
        Assert.Equal("X-GM-EXT-1", Capability.GmailExtensions.ToString());
        Assert.Equal("THREAD=ORDEREDSUBJECT", Capability.ThreadOrderedSubject.ToString());
        Assert.Equal("QUOTA=RES-STORAGE", Capability.QuotaResStorage.ToString());
        Assert.Same(Capability.CompressDeflate, Capability.Parse("compress=deflate"u8));
        Assert.Same(Capability.Utf8Accept, Capability.Parse("UTF8=ACCEPT"u8));
    }

    [Fact]
    public void Name_and_value()
    {
        var limit = Capability.Parse("APPENDLIMIT=1000"u8);
        Assert.Equal("APPENDLIMIT", limit.Name);
        Assert.Equal("1000", limit.Value);
        Assert.False(limit.IsAuth);
        Assert.Null(limit.AuthMechanism);
        Assert.NotEqual(Capability.AppendLimit, limit);
        Assert.Equal("APPENDLIMIT", Capability.AppendLimit.Name);
        Assert.Null(Capability.AppendLimit.Value);
        Assert.Equal("DISPLAY", Capability.SortDisplay.Value);
    }

    [Fact]
    public void Auth_mechanisms()
    {
        var plain = Capability.Parse("auth=plain"u8);
        Assert.Same(Capability.AuthPlain, plain);
        Assert.True(plain.IsAuth);
        Assert.Equal("PLAIN", plain.AuthMechanism);
        var scram = Capability.Auth("SCRAM-SHA-256");
        Assert.Equal("AUTH=SCRAM-SHA-256", scram.ToString());
        Assert.Equal("SCRAM-SHA-256", scram.AuthMechanism);
        Assert.Equal(scram, Capability.Parse("Auth=scram-sha-256"));
        Assert.False(Capability.Idle.IsAuth);
        Assert.Throws<ArgumentException>(() => Capability.Auth(""));
        Assert.Throws<ArgumentException>(() => Capability.Auth("A B"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("AUTH=", 5)]
    [InlineData("ID LE", 2)]
    [InlineData("X(", 1)]
    [InlineData("]", 0)]
    public void Invalid_capabilities_are_rejected(string text, int position)
    {
        Assert.Throws<ArgumentException>(() => new Capability(text));
        Assert.Throws<ImapParseException>(() => Capability.Parse(text));
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => Capability.Parse(Encoding.ASCII.GetBytes(text))).Position);
        Assert.False(Capability.TryParse(text, out _));
    }

    [Fact]
    public void Parsing_a_well_known_capability_does_not_allocate()
    {
        ReadOnlySpan<byte> bytes = "UIDPLUS"u8;
        Capability.Parse(bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Capability c = Capability.Parse(bytes);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Same(Capability.UidPlus, c);
    }
}
