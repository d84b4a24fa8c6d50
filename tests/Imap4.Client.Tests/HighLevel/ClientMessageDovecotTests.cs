using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Testing;
using static Imap4.Client.Tests.HighLevel.ClientTestData;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>ImapClient against Dovecot: search, sort, thread, fetch, store, copy, move, append.</summary>
public sealed class ClientMessageDovecotTests(DovecotFixture fixture) : IClassFixture<DovecotFixture>
{
    private DovecotServer Server => fixture.Server;

    private static async Task<List<FetchResult>> ToListAsync(IAsyncEnumerable<FetchResult> results)
    {
        var list = new List<FetchResult>();
        await foreach (FetchResult r in results) list.Add(r);
        return list;
    }

    [Fact]
    public async Task Search_with_ascii_and_utf8_criteria_returns_uids()
    {
        await using ImapClient client = await LoginAsync(Server);
        (_, List<uint> uids) = await FolderWithAsync(client, Message("plain hello"), Message("Grüße aus Köln"), Message("other", from: "carol@example.com"));
        await client.AddFlagsAsync(uids[0], [Flag.Seen]);
        Assert.Equal(uids, await client.SearchAsync());
        Assert.Equal(uids[1..], await client.SearchAsync(SearchQuery.Unseen));
        Assert.Equal([uids[1]], await client.SearchAsync(SearchQuery.Subject("Grüße")));
        Assert.Equal([uids[2]], await client.SearchAsync(SearchQuery.From("carol") & SearchQuery.Unseen));
        Assert.Empty(await client.SearchAsync(SearchQuery.Subject("absent")));

        client.UseUid = false;
        Assert.Equal([1u, 2u, 3u], await client.SearchAsync(SearchQuery.All));

        SearchSummary summary = await client.SearchExtendedAsync(SearchQuery.All, SearchReturnOptions.Of(SearchReturnOption.Count, SearchReturnOption.Max));
        Assert.Equal(3u, summary.Count);
        Assert.Equal(3u, summary.Max);
    }

    [Fact]
    public async Task Sort_and_thread()
    {
        await using ImapClient client = await LoginAsync(Server);
        (_, List<uint> uids) = await FolderWithAsync(client, Message("b subject"), Message("a subject"), Message("Re: b subject"));
        SearchResult sorted = await client.SortAsync([SortCriterion.Ascending(SortKey.Subject), SortCriterion.Descending(SortKey.Size)]);
        Assert.Equal([uids[1], uids[2], uids[0]], sorted);
        IReadOnlyList<ThreadNode> threads = await client.ThreadAsync(ThreadAlgorithm.OrderedSubject);
        Assert.Equal(2, threads.Count);
        Assert.Contains(threads, t => t.Messages.Contains(uids[0]) && (t.Branches.Count > 0 || t.Messages.Contains(uids[2])));
    }

    [Fact]
    public async Task Fetch_returns_typed_items()
    {
        await using ImapClient client = await LoginAsync(Server);
        (_, List<uint> uids) = await FolderWithAsync(client, Message("first"), Multipart("second"));
        await client.SelectAsync((client.SelectedFolder!).Name, new SelectOptions { CondStore = true });
        List<FetchResult> results = await ToListAsync(client.FetchAsync("1:*",
            [FetchAttribute.Flags, FetchAttribute.Envelope, FetchAttribute.BodyStructure, FetchAttribute.Rfc822Size,
             FetchAttribute.InternalDate, FetchAttribute.ModSeq, FetchAttribute.BodyPeek(BodySection.Header)]));
        Assert.Equal(2, results.Count);
        Assert.Equal(uids, results.Select(r => r.Uid!.Value));
        Assert.Equal("first", results[0].Envelope?.Subject);
        Assert.Equal((ulong)Message("first").Length, results[0].Size);
        Assert.NotNull(results[0].InternalDate);
        Assert.NotNull(results[0].ModSeq);
        Assert.IsType<MultipartBody>(results[1].BodyStructure);
        Assert.StartsWith("From:", Encoding.ASCII.GetString(results[1].GetSection("HEADER")!.Value.Span), StringComparison.Ordinal);

        List<FetchResult> text = await ToListAsync(client.FetchAsync(uids[1], "BODY.PEEK[1] BINARY.PEEK[2]"));
        Assert.Equal("plain part", Encoding.ASCII.GetString(Assert.Single(text).GetSection("1")!.Value.Span).TrimEnd());
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, text[0].GetBinary(2)!.Value.ToArray());

        ulong modSeq = results.Max(r => r.ModSeq!.Value);
        await client.AddFlagsAsync(uids[0], [Flag.Answered]);
        FetchResult changed = Assert.Single(await ToListAsync(client.FetchAsync("1:*", [FetchAttribute.Flags], new FetchOptions { ChangedSince = modSeq })));
        Assert.Equal(uids[0], changed.Uid);
    }

    [Fact]
    public async Task Whole_messages_and_sections()
    {
        await using ImapClient client = await LoginAsync(Server);
        byte[] raw = Multipart("whole");
        (_, List<uint> uids) = await FolderWithAsync(client, raw);
        ImapMessage message = (await client.GetMessageAsync(uids[0]))!;
        Assert.Equal(raw, message.Data.ToArray());
        Assert.Equal("whole", message.Subject);
        Assert.Equal(2, message.Parsed.Root.Children.Count);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, message.ReadDecodedPart(2));
        Assert.DoesNotContain(Flag.Seen, message.Flags!);
        Assert.Null(await client.GetMessageAsync(uids[0] + 100));

        await using Stream part = (await client.OpenBodyAsync(uids[0], "1"))!;
        using var reader = new StreamReader(part);
        Assert.Equal("plain part", (await reader.ReadToEndAsync()).TrimEnd());
        await using Stream decoded = (await client.OpenDecodedBodyAsync(uids[0], [2]))!;
        using var bytes = new MemoryStream();
        await decoded.CopyToAsync(bytes);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, bytes.ToArray());
        Assert.Null(await client.OpenBodyAsync(uids[0] + 100, "1"));
    }

    [Fact]
    public async Task Store_flags_and_unchangedsince()
    {
        await using ImapClient client = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(client, Message("a"), Message("b"));
        var added = await client.AddFlagsAsync(uids, [Flag.Flagged, new Flag("$Custom")]);
        Assert.Equal(2, added.Count);
        Assert.Contains(new Flag("$Custom"), added[uids[0]]);
        var removed = await client.RemoveFlagsAsync(uids[0], [Flag.Flagged]);
        Assert.DoesNotContain(Flag.Flagged, removed[uids[0]]);
        var set = await client.SetFlagsAsync(uids[1], [Flag.Seen]);
        Assert.Equal([Flag.Seen], set[uids[1]].Where(f => f != Flag.Recent));
        Assert.Equal([Flag.Seen], (await client.GetFlagsAsync(uids[1]))[uids[1]].Where(f => f != Flag.Recent));

        MailboxInfo box = await client.SelectAsync(folder, new SelectOptions { CondStore = true });
        StoreResult silent = await client.StoreAsync(uids[0], StoreAction.Add, [Flag.Answered], silent: true);
        Assert.Empty(silent.Flags);
        StoreResult conditional = await client.StoreAsync(uids, StoreAction.Add, [Flag.Draft], unchangedSince: box.HighestModSeq);
        Assert.NotNull(conditional.Modified);
        Assert.Contains(uids[0], conditional.Modified!.Enumerate(uint.MaxValue));
    }

    [Fact]
    public async Task Copy_and_move_return_the_uid_mapping()
    {
        await using ImapClient client = await LoginAsync(Server);
        (string source, List<uint> uids) = await FolderWithAsync(client, Message("a"), Message("b"), Message("c"));
        string target = UniqueName();
        await client.CreateFolderAsync(target);
        CopyResult copied = await client.CopyAsync(uids[0], target);
        Assert.Single(copied.UidMap);
        Assert.Equal(1u, copied.UidMap[uids[0]]);

        CopyResult moved = await client.MoveAsync("2:3", target);
        Assert.Equal([2u, 3u], moved.UidMap.Values.Order());
        Assert.Equal([uids[0]], await client.SearchAsync());
        Assert.Equal(3u, (await client.GetStatusAsync(target)).Messages);

        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.CopyAsync(uids[0], UniqueName()));
        Assert.Equal("TRYCREATE", e.ResponseCode?.Name);
        Assert.Equal(source, client.SelectedFolder?.Name);
    }

    [Fact]
    public async Task Append_from_stream_bytes_and_several()
    {
        await using ImapClient client = await LoginAsync(Server);
        string folder = UniqueName();
        await client.CreateFolderAsync(folder);
        var date = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));
        using var stream = new MemoryStream(Message("streamed"));
        AppendResult one = await client.AppendAsync(folder, stream, [Flag.Seen, Flag.Draft], date);
        Assert.Equal(1u, one.Uid);
        Assert.NotNull(one.UidValidity);

        AppendResult many = await client.AppendAsync(folder, [client.CreateAppendMessage(Message("x")), client.CreateAppendMessage(Message("y"))]);
        Assert.Equal([2u, 3u], many.Uids!.Enumerate());

        await client.SelectAsync(folder);
        FetchResult first = (await ToListAsync(client.FetchAsync(1u, [FetchAttribute.Flags, FetchAttribute.InternalDate])))[0];
        Assert.True(first.HasFlag(Flag.Draft));
        Assert.Equal(date, first.InternalDate);
    }

    [Fact]
    public async Task Fetch_changes_reports_vanished_uids()
    {
        await using ImapClient client = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(client, Message("a"), Message("b"));
        MailboxInfo box = await client.SelectAsync(folder, new SelectOptions { CondStore = true });
        await client.AddFlagsAsync(uids[0], [Flag.Seen]);
        await client.AddFlagsAsync(uids[1], [Flag.Deleted]);
        await client.ExpungeAsync(uids[1]);
        FetchChanges changes = await client.FetchChangesAsync("1:*", [FetchAttribute.Flags], box.HighestModSeq!.Value);
        Assert.Equal(uids[0], Assert.Single(changes.Changed).Uid);
        Assert.True(changes.Vanished?.Contains(uids[1]));
    }
}
