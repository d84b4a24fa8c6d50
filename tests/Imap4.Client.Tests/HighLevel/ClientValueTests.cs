using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>The client's value types: message sets, FETCH item text, results.</summary>
public sealed class ClientValueTests
{
    [Fact]
    public void Message_sets_come_from_ids_lists_and_text()
    {
        Assert.Equal("42", ((MessageSet)42u).ToString());
        Assert.Equal("1:3,7", ((MessageSet)new uint[] { 3, 1, 2, 7 }).ToString());
        Assert.Equal("2,4:7,9,12:*", ((MessageSet)"2,4:7,9,12:*").ToString());
        Assert.Equal(MessageSet.All, MessageSet.Parse("1:*"));
        Assert.Throws<FormatException>(() => MessageSet.Parse("1:x"));
        Assert.Throws<FormatException>(() => MessageSet.Parse("0"));
        Assert.Throws<ArgumentException>(() => MessageSet.Of([]));
    }

    [Fact]
    public void Message_sets_from_lists_hold_exactly_the_ids() =>
        Prop.ForAll<uint[]>(ids =>
        {
            uint[] valid = [.. ids.Where(i => i > 0)];
            if (valid.Length == 0) return true;
            MessageSet set = valid;
            return set.Set.Enumerate(uint.MaxValue).Order().SequenceEqual(valid.Distinct().Order());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Fetch_items_parse_from_text()
    {
        IReadOnlyList<FetchAttribute> items = FetchItems.Parse("(UID FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)]<0.100> BINARY.PEEK[1.2])");
        Assert.Equal(4, items.Count);
        Assert.Equal(FetchAttribute.Uid, items[0]);
        Assert.Equal(SectionKind.HeaderFields, items[2].Section!.Kind);
        Assert.Equal(new PartialRange(0, 100), items[2].Partial);
        Assert.Equal([1u, 2u], items[3].Part);
        Assert.Equal([FetchAttribute.Full], FetchItems.Parse("FULL"));
        Assert.Throws<FormatException>(() => FetchItems.Parse("FLAGS FULL"));
        Assert.Throws<FormatException>(() => FetchItems.Parse("NOPE"));
        Assert.Equal(BodySection.All, FetchItems.ParseSection(""));
        Assert.Equal(new BodySection([1, 2], SectionKind.Mime), FetchItems.ParseSection("1.2.MIME"));
        Assert.Throws<FormatException>(() => FetchItems.ParseSection("1.x"));
    }

    [Fact]
    public void Copy_results_pair_uids_in_order()
    {
        var result = new CopyResult(5, UidSet.Parse("4,2,9:10"), UidSet.Parse("20:23"));
        Assert.Equal(new Dictionary<uint, uint> { [4] = 20, [2] = 21, [9] = 22, [10] = 23 }, result.UidMap);
        Assert.Empty(new CopyResult(null, null, null).UidMap);
    }

    [Fact]
    public void Folder_info_derives_use_selectability_and_children()
    {
        var folder = new FolderInfo("Sent", new MailboxName("Sent"), '/', [MailboxAttribute.Sent, MailboxAttribute.HasNoChildren]);
        Assert.Equal(SpecialUse.Sent, folder.SpecialUse);
        Assert.True(folder.IsSelectable);
        Assert.False(folder.HasChildren);
        var parent = new FolderInfo("a", new MailboxName("a"), '/', [MailboxAttribute.NoSelect]);
        Assert.False(parent.IsSelectable);
        Assert.Null(parent.HasChildren);
        Assert.Equal(SpecialUse.None, parent.SpecialUse);
    }

    [Fact]
    public void Imap_message_parses_on_demand_and_reads_sections()
    {
        byte[] raw = Encoding.ASCII.GetBytes("Subject: =?UTF-8?Q?caf=C3=A9?=\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n");
        var message = new ImapMessage(raw);
        Assert.Equal("café", message.Subject);
        Assert.Equal("hello", Encoding.ASCII.GetString(message.ReadDecodedPart()!));
        Assert.StartsWith("Subject:", Encoding.ASCII.GetString(message.ReadSection(BodySection.Header)!), StringComparison.Ordinal);
        using Stream stream = message.OpenStream();
        Assert.Equal(raw.Length, stream.Length);
    }
}
