using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Protocol.Tests.Responses;

public class ResponseCodeTests
{
    public static TheoryData<string> CodesWithoutData()
    {
        var data = new TheoryData<string>();
        foreach (ResponseCode c in ResponseCode.WithoutData) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CodesWithoutData))]
    public void Codes_without_data_parse_to_shared_instances(string name)
    {
        ResponseCode code = ResponseWire.Code($"a1 NO [{name.ToLowerInvariant()}] text");
        Assert.Same(ResponseCode.WithoutData.Single(c => c.Name == name), code);
        Assert.Equal($"a1 NO [{name}] text", ResponseWire.Write(new StatusResponse("a1", StatusKind.No, code, "text")));
    }

    [Fact]
    public void Rfc5530_and_extension_codes_are_all_present()
    {
        string[] names =
        [
            "UNAVAILABLE", "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED", "CONTACTADMIN", "NOPERM",
            "INUSE", "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG", "CLIENTBUG", "CANNOT", "LIMIT", "OVERQUOTA", "ALREADYEXISTS",
            "NONEXISTENT", "ALERT", "CLOSED", "HASCHILDREN", "PARSE", "READ-ONLY", "READ-WRITE", "TRYCREATE", "UIDNOTSTICKY",
            "UNKNOWN-CTE", "NOMODSEQ", "TOOBIG", "COMPRESSIONACTIVE", "USEATTR", "NOTSAVED",
        ];
        foreach (string n in names) Assert.Contains(ResponseCode.WithoutData, c => c.Name == n);
        Assert.Equal(ResponseCode.TryCreate, new ResponseCode("trycreate"));
    }

    [Theory]
    [InlineData("* OK [UIDNEXT 4392] Predicted next UID")]
    [InlineData("* OK [UIDVALIDITY 3857529045] UIDs valid")]
    [InlineData("* OK [UNSEEN 12] Message 12 is first unseen")]
    [InlineData("* OK [HIGHESTMODSEQ 715194045007] x")]
    [InlineData("A003 OK [APPENDUID 38505 3955] APPEND completed")]
    [InlineData("A003 OK [APPENDUID 38505 3955:3957,3960] MULTIAPPEND completed")]
    [InlineData("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done")]
    [InlineData("d105 OK [MODIFIED 7,9] Conditional STORE failed")]
    [InlineData("B283 NO [BADCHARSET (UTF-8 \"X Y\")] bad")]
    [InlineData("B283 NO [BADCHARSET] bad")]
    [InlineData("* OK [CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED] Server ready")]
    [InlineData("* OK [PERMANENTFLAGS (\\Deleted \\Seen $Junk \\*)] Limited")]
    [InlineData("* OK [PERMANENTFLAGS ()] none")]
    [InlineData("3 OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Completed")]
    [InlineData("a OK [METADATA LONGENTRIES 2199] GETMETADATA complete")]
    [InlineData("a NO [METADATA MAXSIZE 1024] too big")]
    [InlineData("a NO [METADATA TOOMANY] SETMETADATA failed")]
    [InlineData("a NO [METADATA NOPRIVATE] no")]
    [InlineData("a NO [ANNOTATE TOOBIG] kept raw")]
    public void Codes_with_data_round_trip_canonically(string line)
    {
        StatusResponse r = ResponseWire.Canonical<StatusResponse>(line);
        ResponseWire.RoundTrip(r);
    }

    [Fact]
    public void Codes_with_data_expose_their_values()
    {
        Assert.Equal(4392u, Assert.IsType<UidNextCode>(ResponseWire.Code("* OK [UIDNEXT 4392] x")).Uid);
        Assert.Equal(3857529045u, Assert.IsType<UidValidityCode>(ResponseWire.Code("* OK [UIDVALIDITY 3857529045] x")).UidValidity);
        Assert.Equal(12u, Assert.IsType<UnseenCode>(ResponseWire.Code("* OK [UNSEEN 12] x")).SequenceNumber);
        Assert.Equal(715194045007ul, Assert.IsType<HighestModSeqCode>(ResponseWire.Code("* OK [HIGHESTMODSEQ 715194045007] x")).ModSeq);
        var append = Assert.IsType<AppendUidCode>(ResponseWire.Code("a OK [APPENDUID 38505 3955] x"));
        Assert.Equal((38505u, new UidSet(3955)), (append.UidValidity, append.Uids));
        var copy = Assert.IsType<CopyUidCode>(ResponseWire.Code("a OK [COPYUID 38505 304,319:320 3956:3958] x"));
        Assert.Equal([(304u, 3956u), (319u, 3957u), (320u, 3958u)], copy.SourceUids.Pair(copy.DestinationUids).ToArray());
        Assert.Equal(SequenceSet.Parse("7,9"), Assert.IsType<ModifiedCode>(ResponseWire.Code("a OK [MODIFIED 7,9] x")).Messages);
        Assert.Equal(["UTF-8", "X Y"], Assert.IsType<BadCharsetCode>(ResponseWire.Code("a NO [BADCHARSET (UTF-8 \"X Y\")] x")).Charsets);
        Assert.Equal(["UTF-8"], Assert.IsType<BadCharsetCode>(ResponseWire.Code("a NO [BADCHARSET UTF-8] x")).Charsets);
        var caps = Assert.IsType<CapabilityCode>(ResponseWire.Code("* OK [CAPABILITY IMAP4rev2 AUTH=PLAIN] x"));
        Assert.Equal([Capability.Imap4Rev2, Capability.AuthPlain], caps.Capabilities);
        var perm = Assert.IsType<PermanentFlagsCode>(ResponseWire.Code("* OK [PERMANENTFLAGS (\\Seen \\*)] x"));
        Assert.True(perm.AllowsNewKeywords);
        Assert.Same(Flag.Wildcard, perm.Flags[1]);
        Assert.False(Assert.IsType<PermanentFlagsCode>(ResponseWire.Code("* OK [PERMANENTFLAGS (\\Seen)] x")).AllowsNewKeywords);
        Assert.Equal("F2212ea87", Assert.IsType<MailboxIdCode>(ResponseWire.Code("* OK [MAILBOXID (F2212ea87)] x")).MailboxId);
        var meta = Assert.IsType<MetadataCode>(ResponseWire.Code("a OK [METADATA LONGENTRIES 2199] x"));
        Assert.Equal((MetadataCodeKind.LongEntries, (uint?)2199u), (meta.Kind, meta.Value));
    }

    [Fact]
    public void Value_equality_and_wire_tostring()
    {
        Assert.Equal(new CapabilityCode([Capability.Idle]), new CapabilityCode([new Capability("idle")]));
        Assert.NotEqual(new CapabilityCode([Capability.Idle]), new CapabilityCode([Capability.Move]));
        Assert.NotEqual<ResponseCode>(new UidNextCode(5), new UnseenCode(5));
        Assert.Equal("[UIDNEXT 5]", new UidNextCode(5).ToString());
        Assert.Equal("[COPYUID 1 2:3 4:5]", new CopyUidCode(1, new UidSet(2, 3), new UidSet(4, 5)).ToString());
        Assert.Equal("[PERMANENTFLAGS (\\Seen \\*)]", new PermanentFlagsCode([Flag.Seen, Flag.Wildcard]).ToString());
    }

    [Fact]
    public void Known_code_with_unexpected_arguments_is_kept_raw()
    {
        ResponseCode code = ResponseWire.Code("* OK [ALERT now] x");
        Assert.Equal(("ALERT", "now"), (code.Name, code.RawArguments));
        Assert.NotEqual(ResponseCode.Alert, code);
    }

    [Fact]
    public void Uidvalidity_beyond_32_bits_is_kept_raw()
    {
        // RFC 9051's own SELECT example sends 9877410381.
        ResponseCode code = ResponseWire.Code("* OK [UIDVALIDITY 9877410381] UIDs valid");
        Assert.Equal("9877410381", code.RawArguments);
        Assert.IsNotType<UidValidityCode>(code);
    }

    [Theory]
    [InlineData("* OK [UIDNEXT abc] x")]
    [InlineData("* OK [UIDNEXT 0] x")]
    [InlineData("* OK [UIDVALIDITY 0] x")]
    [InlineData("a OK [APPENDUID 1] x")]
    [InlineData("a OK [COPYUID 1 2:* 3] x")]
    [InlineData("* OK [HIGHESTMODSEQ 0] x")]
    [InlineData("* OK [PERMANENTFLAGS (\\Seen] x")]
    [InlineData("* OK [MAILBOXID (F1.2)] x")]
    [InlineData("a NO [METADATA LONGENTRIES] x")]
    [InlineData("a NO [METADATA WHATEVER 1] x")]
    public void Malformed_known_codes_are_kept_raw_and_the_line_survives(string line)
    {
        ResponseCode code = ResponseWire.Code(line);
        Assert.Equal(typeof(ResponseCode), code.GetType());
        Assert.NotNull(code.RawArguments);
        Assert.Equal(line, ResponseWire.Parse(line).ToString());
    }

    [Fact]
    public void Constructors_reject_invalid_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UidNextCode(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UidValidityCode(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnseenCode(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighestModSeqCode(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighestModSeqCode(ulong.MaxValue));
        Assert.Throws<ArgumentNullException>(() => new AppendUidCode(1, null!));
        Assert.Throws<ArgumentException>(() => new MailboxIdCode("a b"));
        Assert.Throws<ArgumentException>(() => new MailboxIdCode(new string('a', 256)));
        Assert.Throws<ArgumentException>(() => new MetadataCode(MetadataCodeKind.MaxSize));
        Assert.Throws<ArgumentException>(() => new MetadataCode(MetadataCodeKind.TooMany, 3));
        Assert.Throws<ArgumentException>(() => new BadCharsetCode(["a]b"]));
        Assert.Throws<ArgumentException>(() => new PermanentFlagsCode([null!]));
    }
}
