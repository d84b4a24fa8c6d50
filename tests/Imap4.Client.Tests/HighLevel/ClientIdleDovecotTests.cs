using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Testing;
using static Imap4.Client.Tests.HighLevel.ClientTestData;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>ImapClient against Dovecot: IDLE and the extensions (NAMESPACE, ID, ENABLE, QUOTA, ACL, METADATA, COMPRESS).</summary>
public sealed class ClientIdleDovecotTests(DovecotFixture fixture) : IClassFixture<DovecotFixture>
{
    private DovecotServer Server => fixture.Server;

    [Fact]
    public async Task Idle_stream_delivers_updates_and_stops_on_cancellation()
    {
        await using ImapClient watcher = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(watcher, Message("existing"));
        await using ImapClient writer = await LoginAsync(Server);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new List<MailboxUpdate>();
        Task appending = Task.Run(async () =>
        {
            await Task.Delay(300);
            await writer.AppendAsync(folder, Message("new"));
        });
        await foreach (MailboxUpdate update in watcher.IdleAsync(stop.Token))
        {
            seen.Add(update);
            if (update.Kind == ImapUpdateKind.Exists) stop.Cancel();
        }
        await appending;
        Assert.Contains(seen, u => u.Kind == ImapUpdateKind.Exists && u.Count == 2);
        Assert.Equal(2, (await watcher.SearchAsync()).Count);
        Assert.Equal(uids[0], (await watcher.SearchAsync())[0]);
    }

    [Fact]
    public async Task Idle_callback_sees_flag_changes_and_expunges()
    {
        await using ImapClient watcher = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(watcher, Message("a"), Message("b"));
        await using ImapClient writer = await LoginAsync(Server);
        await writer.SelectAsync(folder);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var kinds = new List<ImapUpdateKind>();
        Task idling = watcher.IdleAsync(u =>
        {
            kinds.Add(u.Kind);
            if (u.Kind == ImapUpdateKind.Expunge) stop.Cancel();
            return ValueTask.CompletedTask;
        }, stop.Token);
        await Task.Delay(300);
        await writer.AddFlagsAsync(uids[0], [Flag.Flagged]);
        await Task.Delay(300);
        await writer.AddFlagsAsync(uids[1], [Flag.Deleted]);
        await writer.ExpungeAsync();
        await idling;
        Assert.Contains(ImapUpdateKind.Fetch, kinds);
        Assert.Contains(ImapUpdateKind.Expunge, kinds);
        Assert.Single(await watcher.SearchAsync());
    }

    [Fact]
    public async Task Namespace_id_enable_and_compress()
    {
        await using ImapClient client = await LoginAsync(Server);
        NamespaceResponse ns = await client.GetNamespaceAsync();
        Assert.NotNull(ns.Personal);
        IReadOnlyDictionary<string, string?> id = await client.IdAsync(new Dictionary<string, string?> { ["name"] = "Imap4 tests" });
        Assert.Equal("Dovecot", id["name"]);
        IReadOnlyList<Capability> enabled = await client.EnableAsync([Capability.CondStore]);
        Assert.Contains(Capability.CondStore, enabled);
        await client.CompressAsync();
        Assert.True(client.Connection.IsCompressed);
        Assert.NotEmpty(await client.ListFoldersAsync());
    }

    [Fact]
    public async Task Quota_roots_and_usage()
    {
        await using ImapClient client = await LoginAsync(Server);
        string folder = UniqueName();
        await client.CreateFolderAsync(folder);
        await client.AppendAsync(folder, Message("quota"));
        QuotaRootResult root = await client.GetQuotaRootAsync(folder);
        string name = Assert.Single(root.Roots);
        QuotaResource storage = root.Quotas[name].Single(r => r.Name == "STORAGE");
        Assert.Equal(100UL * 1024, storage.Limit);
        Assert.True(storage.Usage >= 1);
        Assert.Equal(storage.Limit, (await client.GetQuotaAsync(name)).Single(r => r.Name == "STORAGE").Limit);
        await Assert.ThrowsAsync<ImapCommandException>(() => client.SetQuotaAsync(name, [new QuotaLimit(QuotaLimit.Storage, 1)]));
    }

    [Fact]
    public async Task Acl_get_set_delete_and_rights()
    {
        await using ImapClient client = await LoginAsync(Server);
        string folder = UniqueName();
        await client.CreateFolderAsync(folder);
        string mine = await client.GetMyRightsAsync(folder);
        Assert.Contains('l', mine);
        Assert.Contains('a', mine);
        await client.SetAclAsync(folder, "anyone", "lr");
        Assert.Contains(await client.GetAclAsync(folder), e => e.Identifier == "anyone" && e.Rights == "lr");
        await client.SetAclAsync(folder, "anyone", "s", StoreAction.Add);
        Assert.Contains(await client.GetAclAsync(folder), e => e.Identifier == "anyone" && e.Rights.Contains('s', StringComparison.Ordinal));
        ListRightsResponse rights = await client.ListRightsAsync(folder, "anyone");
        Assert.Equal("anyone", rights.Identifier);
        await client.DeleteAclAsync(folder, "anyone");
        Assert.DoesNotContain(await client.GetAclAsync(folder), e => e.Identifier == "anyone");
    }

    [Fact]
    public async Task Metadata_set_and_get()
    {
        await using ImapClient client = await LoginAsync(Server);
        string folder = UniqueName();
        await client.CreateFolderAsync(folder);
        await client.SetMetadataAsync(folder, new Dictionary<string, string?> { ["/private/comment"] = "hello métadonnées" });
        IReadOnlyList<MetadataEntry> entries = await client.GetMetadataAsync(folder, ["/private/comment"]);
        Assert.Equal("hello métadonnées", Assert.Single(entries).ValueText);
        await client.SetMetadataAsync(folder, new Dictionary<string, string?> { ["/private/comment"] = null });
        // Dovecot 2.3 answers a removed entry with "" rather than NIL.
        Assert.True(string.IsNullOrEmpty((await client.GetMetadataAsync(folder, ["/private/comment"])).SingleOrDefault()?.ValueText));
        await Assert.ThrowsAsync<NotSupportedException>(() => client.GetAnnotationAsync(folder, ["/comment"], ["value.shared"]));
    }
}
