using System.Buffers;
using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;
using Xunit.Abstractions;

namespace Imap4.Protocol.Tests.Rfc;

/// <summary>
/// Replays every C: and S: line of the vendored RFC transcripts through the command and response parsers, and writes each
/// parsed value back. A line that does not parse, or parses only to a raw (unmodelled) response, fails unless it is listed in
/// <see cref="RfcReplayExceptions"/> with the reason.
/// </summary>
public class RfcReplayTests(ITestOutputHelper output)
{
    private static string[] RfcFiles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Rfc", "Data"), "*.txt").Select(f => Path.GetFileName(f)).Order()];

    public static TheoryData<string> Rfcs() => new(RfcFiles());

    [Theory]
    [MemberData(nameof(Rfcs))]
    public void Every_client_line_parses(string rfc)
    {
        var failures = new List<string>();
        int parsed = 0, exact = 0;
        foreach (RfcExample e in RfcExamples.Of(rfc).Where(e => e.Side == 'C' && e.Context == e.Text && !RfcReplayExceptions.IsElided(e)))
        {
            bool expectedFailure = RfcReplayExceptions.Client.TryGetValue((rfc, e.Line), out string? why);
            try
            {
                TaggedCommand c = CommandParser.Parse(e.Frame);
                byte[] written = Write(w => c.Command.Write(w, c.Tag), ImapWriterOptions.Client with { LiteralMode = LiteralMode.NonSynchronizing });
                TaggedCommand again = CommandParser.Parse(written);
                if (!again.Equals(c)) failures.Add($"{e}: written back as {Encoding.UTF8.GetString(written)} which parses differently");
                if (expectedFailure) failures.Add($"{e}: listed as failing ({why}) but parses");
                parsed++;
                if (SameIgnoringCase(written, e.Frame)) exact++;
                else output.WriteLine($"  {e.Line}: {e.Text}\n     -> {Encoding.UTF8.GetString(written).TrimEnd()}");
            }
            catch (ImapParseException ex)
            {
                if (!expectedFailure) failures.Add($"{e}: {ex.Message}");
            }
        }
        output.WriteLine($"{rfc}: {parsed} client lines parsed, {exact} written back identically (ignoring keyword case)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Rfcs))]
    public void Every_server_line_parses_to_a_typed_response(string rfc)
    {
        var failures = new List<string>();
        int parsed = 0, exact = 0;
        foreach (RfcExample e in RfcExamples.Of(rfc).Where(e => e.Side == 'S' && !RfcReplayExceptions.IsElided(e)))
        {
            bool expectedFailure = RfcReplayExceptions.Server.TryGetValue((rfc, e.Line), out string? why);
            try
            {
                ImapResponse r = ResponseParser.Parse(e.Frame);
                if (r is RawUntaggedResponse raw)
                {
                    if (!expectedFailure) failures.Add($"{e}: kept raw ({raw.ParseError ?? "unknown response"})");
                    continue;
                }
                byte[] written = Write(r.Write, ImapWriterOptions.Server);
                if (!ResponseParser.Parse(written).Equals(r)) failures.Add($"{e}: written back as {Encoding.UTF8.GetString(written)} which parses differently");
                if (expectedFailure) failures.Add($"{e}: listed as failing ({why}) but parses");
                parsed++;
                if (SameIgnoringCase(written, e.Frame)) exact++;
                else output.WriteLine($"  {e.Line}: {e.Text}\n     -> {Encoding.UTF8.GetString(written).TrimEnd()}");
            }
            catch (ImapParseException ex)
            {
                if (!expectedFailure) failures.Add($"{e}: {ex.Message}");
            }
        }
        output.WriteLine($"{rfc}: {parsed} server lines parsed, {exact} written back identically (ignoring keyword case)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_transcripts_are_large_and_few_lines_are_excused()
    {
        int all = 0, elided = 0;
        foreach (string rfc in RfcFiles())
            foreach (RfcExample e in RfcExamples.Of(rfc))
            {
                all++;
                if (RfcReplayExceptions.IsElided(e)) elided++;
            }
        output.WriteLine($"{all} transcript lines, {elided} elided, {RfcReplayExceptions.Client.Count + RfcReplayExceptions.Server.Count} excused");
        Assert.True(all > 1500, $"{all} lines");
        Assert.True(elided < all / 20, $"{elided} elided of {all}");
    }

    private static byte[] Write(Action<ImapWriter> write, ImapWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new ImapWriter(buffer, options));
        return buffer.WrittenSpan.ToArray();
    }

    private static bool SameIgnoringCase(byte[] a, byte[] b) =>
        Encoding.UTF8.GetString(a).Equals(Encoding.UTF8.GetString(b), StringComparison.OrdinalIgnoreCase);
}
