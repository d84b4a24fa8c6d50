using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Protocol.Tests.Responses;

public class ResponsePropertyTests
{
    private static readonly Gen<string> Names =
        Gen.Frequency(
            (3, Gen.Elements("INBOX", "Sent", "a b", "Entwürfe", "日本語", "x&y", "q\"uote", "back\\slash", "", "NIL", "~/Mail", "[Gmail]/All")),
            (2, Gen.Choose(0x20, 0x7E).Select(c => (char)c).ArrayOf().Select(cs => new string(cs))),
            (1, Gen.Choose(0xA0, 0xD7FF).Select(c => (char)c).ArrayOf().Select(cs => new string(cs))));

    private static readonly Gen<MailboxName> Mailboxes = Names.Select(n => new MailboxName(n));

    private static readonly Gen<uint?> OptionalNumbers =
        Gen.Frequency((1, Gen.Constant<uint?>(null)), (2, Gen.Choose(0, int.MaxValue).Select(n => (uint?)(uint)n)));

    private static bool RoundTrips(ImapResponse r, bool utf8)
    {
        byte[] bytes = ResponseWire.WriteBytes(r, utf8);
        var back = ResponseParser.Parse(bytes, null, utf8);
        return back.Equals(r) && ResponseWire.WriteBytes(back, utf8).AsSpan().SequenceEqual(bytes);
    }

    [Fact]
    public void List_responses_round_trip_with_any_name_and_delimiter() =>
        Prop.ForAll(
            (from attrs in Gen.SubListOf(MailboxAttribute.NoSelect, MailboxAttribute.HasChildren, MailboxAttribute.Sent, new MailboxAttribute("\\XAny"))
             from delimiter in Gen.Elements<char?>('/', '.', '\\', '"', null)
             from mailbox in Mailboxes
             from old in Gen.Frequency((2, Gen.Constant<MailboxName?>(null)), (1, Mailboxes.Select(m => (MailboxName?)m)))
             from childInfo in Gen.Elements<string[]>([], ["SUBSCRIBED"])
             from utf8 in Gen.Elements(true, false)
             select (new ListResponse(attrs, delimiter, mailbox) { OldName = old, ChildInfo = childInfo }, utf8)).ToArbitrary(),
            t => RoundTrips(t.Item1, t.utf8)).QuickCheckThrowOnFailure();

    [Fact]
    public void Status_responses_round_trip() =>
        Prop.ForAll(
            (from mailbox in Mailboxes
             from messages in OptionalNumbers
             from uidNext in OptionalNumbers
             from unseen in OptionalNumbers
             from size in Gen.Choose(0, int.MaxValue).Select(n => (ulong)n * 1000)
             from limit in Gen.Elements<StatusAppendLimit?>(null, StatusAppendLimit.Unlimited, new StatusAppendLimit(1024))
             select new MailboxStatusResponse(mailbox) { Messages = messages, UidNext = uidNext, Unseen = unseen, Size = size, AppendLimit = limit })
            .ToArbitrary(),
            r => RoundTrips(r, utf8: false)).QuickCheckThrowOnFailure();

    [Fact]
    public void Metadata_values_of_any_bytes_round_trip() =>
        Prop.ForAll(
            (from mailbox in Mailboxes
             from values in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ListOf()
             select new MetadataResponse(mailbox, values.Select((v, i) => new MetadataEntry("/private/e" + i, v.Length == 1 ? null : v)).Append(MetadataEntry.FromText("/shared/last", "x"))))
            .ToArbitrary(),
            r => RoundTrips(r, utf8: false)).QuickCheckThrowOnFailure();

    [Fact]
    public void Id_and_quota_responses_round_trip() =>
        Prop.ForAll(
            (from names in Names.ListOf()
             from n in Gen.Choose(0, int.MaxValue)
             select (new IdResponse(names.Select(x => new KeyValuePair<string, string?>(x, x.Length % 2 == 0 ? null : x))),
                     new QuotaResponse(names.FirstOrDefault() ?? "", [new QuotaResource("STORAGE", (ulong)n, (ulong)n * 2)])))
            .ToArbitrary(),
            t => RoundTrips(t.Item1, false) && RoundTrips(t.Item2, false)).QuickCheckThrowOnFailure();

    [Fact]
    public void Vanished_round_trips() =>
        Prop.ForAll(
            (from uids in Gen.Choose(1, int.MaxValue).Select(n => (uint)n).NonEmptyListOf()
             from earlier in Gen.Elements(true, false)
             select new VanishedResponse(UidSet.FromValues(uids), earlier)).ToArbitrary(),
            r => RoundTrips(r, utf8: false)).QuickCheckThrowOnFailure();

    [Fact]
    public void Text_of_names_survives_in_to_string()
    {
        var r = new QuotaRootResponse(new MailboxName("Entwürfe"), ["root"]);
        Assert.Equal("* QUOTAROOT Entw&APw-rfe \"root\"", r.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes("* QUOTAROOT \"Entwürfe\" \"root\"\r\n"), ResponseWire.WriteBytes(r, utf8: true));
    }
}
