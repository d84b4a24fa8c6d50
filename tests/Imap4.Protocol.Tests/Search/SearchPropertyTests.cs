using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Search;

public class SearchPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Random_key_trees_round_trip_through_the_wire()
    {
        Check.One(Config, Prop.ForAll(SearchKeyGenerators.Keys(4).ToArbitrary(), (SearchKey key) =>
        {
            byte[] wire = Wire.WriteWith(key.Write);
            var reader = new ImapReader(wire);
            SearchKey parsed = SearchKey.Read(ref reader);
            return reader.End && parsed.Equals(key) && parsed.GetHashCode() == key.GetHashCode();
        }));
    }

    [Fact]
    public void Random_programs_round_trip_through_commands_byte_for_byte()
    {
        var literalPlus = new ImapWriterOptions { LiteralMode = LiteralMode.NonSynchronizing };
        Check.One(Config, Prop.ForAll(SearchKeyGenerators.Keys(4).ToArbitrary(), (SearchKey key) =>
        {
            string line = Wire.WriteCommand(new SearchCommand(key) { IsUid = true }, "t1", literalPlus);
            var parsed = (SearchCommand)Wire.ParseCommand(line);
            return parsed.Criteria.Equals(key) && parsed.IsUid && Wire.WriteCommand(parsed, "t1", literalPlus) == line
                && (parsed.Charset == "UTF-8") == key.RequiresCharset;
        }));
    }

    [Fact]
    public void Top_level_groups_keep_their_shape()
    {
        string[] lines =
        [
            "A SEARCH (SEEN DELETED)", "A SEARCH ((SEEN DELETED))", "A SEARCH (SEEN)", "A SEARCH ((SEEN))",
            "A SEARCH SEEN DELETED", "A SEARCH (SEEN) DELETED", "A SEARCH SEEN", "A SEARCH (((SEEN DELETED)))",
        ];
        foreach (string line in lines) Assert.Equal(line, Wire.RoundTripCommand(line));
        var and = Assert.IsType<AndSearchKey>(((SearchCommand)Wire.ParseCommand("A SEARCH (SEEN DELETED)")).Criteria);
        Assert.Equal(SearchQuery.Seen & SearchQuery.Deleted, Assert.Single(and.Keys));
    }
}
