using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Tests.Rfc;
using static Imap4.Protocol.Tests.Commands.CommandKit;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>Every client line of the RFC transcripts that is one of the core commands parses and round-trips.</summary>
public class RfcTranscriptTests
{
    private static readonly HashSet<string> Core = new(StringComparer.OrdinalIgnoreCase)
    {
        "CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN", "SELECT", "EXAMINE", "CREATE", "DELETE",
        "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND", "IDLE", "CLOSE", "UNSELECT", "EXPUNGE",
        "CHECK", "COPY", "MOVE", "UID COPY", "UID MOVE", "UID EXPUNGE",
    };

    private static readonly string[] Rfcs =
    [
        "rfc9051.txt", "rfc3501.txt", "rfc2177.txt", "rfc3502.txt", "rfc3516.txt", "rfc3691.txt", "rfc4315.txt", "rfc4469.txt",
        "rfc4959.txt", "rfc5258.txt", "rfc5819.txt", "rfc6154.txt", "rfc6851.txt", "rfc7162.txt", "rfc7889.txt", "rfc8438.txt",
        "rfc8474.txt",
    ];

    private static string? CommandName(string text)
    {
        string[] words = text.Split(' ', 4);
        if (words.Length < 2) return null;
        string name = words[1];
        if (name.Equals("UID", StringComparison.OrdinalIgnoreCase) && words.Length > 2) name += " " + words[2];
        return Core.Contains(name) ? name : null;
    }

    // Lines the transcript extractor cannot take as printed; each is covered by a hand-made frame below.
    private static readonly HashSet<(string, int)> Unextractable =
    [
        ("rfc4469.txt", 362), ("rfc4469.txt", 460), // continuation lines indented too little to be joined
        ("rfc4959.txt", 155), ("rfc4959.txt", 191), // an editorial note is joined to the command line
        ("rfc7162.txt", 1649), // a line break inside a uid-set becomes ", "
    ];

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (string rfc in Rfcs)
            foreach (RfcExample e in RfcExamples.Of(rfc))
                if (e.Side == 'C' && e.Context == e.Text && CommandName(e.Text) is not null
                    && !Unextractable.Contains((rfc, e.Line))) data.Add(rfc, e.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Client_example_parses_and_round_trips(string rfc, int line)
    {
        RfcExample example = RfcExamples.Of(rfc).Single(e => e.Line == line && e.Side == 'C');
        TaggedCommand parsed = Parse(example.Frame);
        Assert.Equal(CommandName(example.Text), parsed.Command.Name, StringComparer.OrdinalIgnoreCase);
        byte[] written = WriteBytes(parsed.Command, parsed.Tag);
        Assert.Equal(parsed.Command, Parse(written).Command);
        if (Encoding.UTF8.GetString(written) == Encoding.UTF8.GetString(example.Frame)) return;
        // Not canonical as printed: the canonical form must be stable.
        Assert.Equal(written, WriteBytes(Parse(written).Command, parsed.Tag));
    }

    [Fact]
    public void The_transcripts_hold_many_core_examples() => Assert.True(Examples().Count > 150, $"{Examples().Count} examples");

    [Fact]
    public void Rfc7162_qresync_example_with_sequence_match_data()
    {
        var select = ParseAs<SelectCommand>("B04 SELECT INBOX (QRESYNC (67890007 90060115194045000 1:29997 " +
            "(5000,7500,9000,9990:9999 15000,22500,27000,29970,29973,29976,29979,29982,29985,29988,29991,29994,29997)))\r\n");
        Assert.Equal("5000,7500,9000,9990:9999", select.QResync!.KnownSequenceNumbers!.ToString());
        Assert.Equal(13, select.QResync.KnownSequenceUids!.Count);
    }

    [Fact]
    public void Rfc4959_authenticate_without_initial_response() =>
        Assert.Null(ParseAs<AuthenticateCommand>("A01 AUTHENTICATE EXTERNAL\r\n").InitialResponse);

    [Fact]
    public void Rfc4469_catenate_example()
    {
        const string boundary = "--------------030308070208000400050907";
        string wire = "A003 APPEND Drafts (\\Seen \\Draft $MDNSent) CATENATE (URL \"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER\" " +
            $"TEXT {{42}}\r\n\r\n{boundary}\r\n URL \"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1.MIME\" " +
            $"URL \"/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1\" TEXT {{42}}\r\n\r\n{boundary}\r\n " +
            $"URL \"/Drafts;UIDVALIDITY=385759045/;UID=30\" TEXT {{44}}\r\n\r\n{boundary}--\r\n)\r\n";
        var append = ParseAs<AppendCommand>(wire);
        AppendMessage m = Assert.Single(append.Messages);
        Assert.Equal(7, m.Catenate!.Count);
        Assert.Equal($"\r\n{boundary}--\r\n", Encoding.ASCII.GetString(Assert.IsType<CatenateTextPart>(m.Catenate[6]).Text.Span));
        Assert.Equal(wire, Write(append, "A003"));
    }
}
