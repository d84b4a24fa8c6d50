using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>GETQUOTA, GETQUOTAROOT and SETQUOTA (RFC 9208).</summary>
public class QuotaCommandTests
{
    [Fact]
    public void Round_trips_rfc_9208_examples()
    {
        // "!" is an ATOM-CHAR, so the canonical form of the first example is unquoted.
        Assert.Equal("!partition/sda4", Parse<GetQuotaCommand>("G0001 GETQUOTA \"!partition/sda4\"").Root);
        Assert.Equal("A1 GETQUOTA !partition/sda4", Write(Parse("G0001 GETQUOTA \"!partition/sda4\"").Command));
        Assert.Equal(MailboxName.Inbox, RoundTrip<GetQuotaRootCommand>("G0002 GETQUOTAROOT INBOX").Mailbox);
        Assert.Equal("#user/alice", Parse<GetQuotaCommand>("S0000 GETQUOTA \"#user/alice\"").Root);
        RoundTrip<GetQuotaCommand>("S0000 GETQUOTA #user/alice");
        var set = Parse<SetQuotaCommand>("S0001 SETQUOTA \"#user/alice\" (STORAGE 510)");
        RoundTrip<SetQuotaCommand>("S0001 SETQUOTA #user/alice (STORAGE 510)");
        Assert.Equal(new QuotaLimit(QuotaLimit.Storage, 510), Assert.Single(set.Limits));
        Assert.Equal(99999999UL, Parse<SetQuotaCommand>("S0002 SETQUOTA \"!partition/sda4\" (STORAGE 99999999)").Limits[0].Limit);
        RoundTrip<SetQuotaCommand>("S0002 SETQUOTA !partition/sda4 (STORAGE 99999999)");
    }

    [Theory]
    [InlineData("A1 SETQUOTA \"\" ()")]
    [InlineData("A1 SETQUOTA user.fred (STORAGE 512 MESSAGE 1000 X-CUSTOM 9223372036854775807)")]
    [InlineData("A1 GETQUOTA \"\"")]
    public void Round_trips_edge_cases(string line) => RoundTrip<ImapCommand>(line);

    [Fact]
    public void Normalizes_resource_names_to_upper_case() =>
        Assert.Equal("A1 SETQUOTA r (STORAGE 5)", Write(Parse<SetQuotaCommand>("A1 SETQUOTA r (storage 5)")));

    [Fact]
    public void Values_round_trip()
    {
        ValueRoundTrip(new GetQuotaCommand(""));
        ValueRoundTrip(new GetQuotaRootCommand(new MailboxName("Dossiers/Été")));
        ValueRoundTrip(new SetQuotaCommand("root", [new QuotaLimit("storage", 1), new QuotaLimit(QuotaLimit.AnnotationStorage, 2)]));
        ValueRoundTrip(new SetQuotaCommand("root", []));
    }

    [Theory]
    [InlineData("A1 SETQUOTA root STORAGE 5", "expected \"(\"")]
    [InlineData("A1 SETQUOTA root (STORAGE)", "expected SP")]
    [InlineData("A1 SETQUOTA root (STORAGE x)", "expected number")]
    [InlineData("A1 SETQUOTA root (STORAGE 99999999999999999999)", "number too large")]
    [InlineData("A1 GETQUOTAROOT", "expected SP")]
    public void Rejects_bad_input(string line, string reason) => Assert.Contains(reason, Fails(line).Reason, StringComparison.Ordinal);

    [Fact]
    public void Quota_limit_validates() => Assert.Throws<ArgumentException>(() => new QuotaLimit("NOT AN ATOM", 1));
}
