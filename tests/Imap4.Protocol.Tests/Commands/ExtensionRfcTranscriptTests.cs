using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Tests.Rfc;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>Every client line of the RFC transcripts that is FETCH, STORE or an extension command parses and round-trips.</summary>
public class ExtensionRfcTranscriptTests
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "FETCH", "UID FETCH", "STORE", "UID STORE", "NAMESPACE", "ENABLE", "ID", "GETQUOTA", "GETQUOTAROOT", "SETQUOTA",
        "SETACL", "DELETEACL", "GETACL", "LISTRIGHTS", "MYRIGHTS", "GETMETADATA", "SETMETADATA", "COMPRESS", "UNAUTHENTICATE",
    };

    private static readonly string[] Rfcs =
    [
        "rfc9051.txt", "rfc3501.txt", "rfc7162.txt", "rfc3516.txt", "rfc2342.txt", "rfc5161.txt", "rfc2971.txt", "rfc9208.txt",
        "rfc4314.txt", "rfc5464.txt", "rfc4978.txt", "rfc8437.txt", "rfc8970.txt", "rfc8474.txt", "rfc8514.txt", "rfc9394.txt",
    ];

    private static string? CommandName(string text)
    {
        string[] words = text.Split(' ', 4);
        if (words.Length < 2) return null;
        string name = words[1];
        if (name.Equals("UID", StringComparison.OrdinalIgnoreCase) && words.Length > 2) name += " " + words[2];
        return Names.Contains(name) ? name : null;
    }

    // RFC 9051 line "m STORE 42 FLAGS f1 f2 f3 f4 f5 ... f250" elides flags with "..."; the shortened form is tested in StoreCommandTests.
    private static bool Elided(string text) => text.Contains("...", StringComparison.Ordinal);

    // The line break inside "(UID FLAGS" + ")" becomes "FLAGS )"; the example is tested as printed in FetchCommandTests.
    private static readonly HashSet<(string, int)> Unextractable = [("rfc9394.txt", 292)];

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (string rfc in Rfcs)
            foreach (RfcExample e in RfcExamples.Of(rfc))
                if (e.Side == 'C' && e.Context == e.Text && CommandName(e.Text) is not null && !Elided(e.Text)
                    && !Unextractable.Contains((rfc, e.Line))) data.Add(rfc, e.Line);
        return data;
    }

    private static string Write(ImapCommand command, string tag) => ExtensionCommandWire.Write(command, tag) + "\r\n";

    [Theory]
    [MemberData(nameof(Examples))]
    public void Client_example_parses_and_round_trips(string rfc, int line)
    {
        RfcExample example = RfcExamples.Of(rfc).Single(e => e.Line == line && e.Side == 'C');
        if (example.Text.Contains("lrQswicda", StringComparison.Ordinal))
        {
            // RFC 4314 section 3.1: the server answers BAD to upper-case rights.
            Assert.Throws<ImapParseException>(() => CommandParser.Parse(example.Frame.AsMemory()));
            return;
        }
        TaggedCommand parsed = CommandParser.Parse(example.Frame.AsMemory());
        Assert.Equal(CommandName(example.Text), parsed.Command.Name, StringComparer.OrdinalIgnoreCase);
        string written = Write(parsed.Command, parsed.Tag);
        Assert.Equal(parsed.Command, CommandParser.Parse(Encoding.UTF8.GetBytes(written).AsMemory()).Command);
        if (written == Encoding.UTF8.GetString(example.Frame)) return;
        // Not canonical as printed: the canonical form must be stable.
        Assert.Equal(written, Write(CommandParser.Parse(Encoding.UTF8.GetBytes(written).AsMemory()).Command, parsed.Tag));
    }

    [Fact]
    public void The_transcripts_hold_many_examples() => Assert.True(Examples().Count > 60, $"{Examples().Count} examples");
}
