using Imap4.Client.Sasl;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Testing;
using static Imap4.Client.Tests.HighLevel.ClientTestData;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>ImapClient against Dovecot: connecting, authentication, folders, selection.</summary>
public sealed class ClientFolderDovecotTests(DovecotFixture fixture) : IClassFixture<DovecotFixture>
{
    private DovecotServer Server => fixture.Server;

    [Fact]
    public async Task Login_logout_and_state()
    {
        ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", Server.Port, Options);
        await using (client)
        {
            Assert.False(client.IsAuthenticated);
            await client.LoginAsync(DovecotServer.User, DovecotServer.Password);
            Assert.True(client.IsAuthenticated);
            Assert.True(client.HasCapability(Capability.Idle));
            await client.LogoutAsync();
            Assert.False(client.IsConnected);
        }
    }

    [Fact]
    public async Task Wrong_password_throws_with_the_response_code()
    {
        await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", Server.Port, Options);
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.LoginAsync(DovecotServer.User, "nope"));
        Assert.Equal("AUTHENTICATIONFAILED", e.ResponseCode?.Name);
        Assert.False(client.IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_chooses_a_mechanism_from_the_capabilities()
    {
        await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", Server.Port, Options);
        await client.AuthenticateAsync(SaslCredentials.FromPassword(DovecotServer.User, DovecotServer.Password));
        Assert.True(client.IsAuthenticated);
        Assert.NotEmpty(await client.ListFoldersAsync());
    }

    [Fact]
    public async Task Authenticate_with_a_mechanism_object()
    {
        await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", Server.Port, Options);
        await client.AuthenticateAsync(new PlainMechanism(DovecotServer.User, DovecotServer.Password));
        Assert.True(client.IsAuthenticated);
    }

    [Fact]
    public async Task Create_list_rename_subscribe_delete()
    {
        await using ImapClient client = await LoginAsync(Server);
        string name = UniqueName("Entwürfe ");
        await client.CreateFolderAsync(name);
        FolderInfo listed = Assert.Single(await client.ListFoldersAsync("", name));
        Assert.Equal(name, listed.Name);
        Assert.True(listed.IsSelectable);
        Assert.False(listed.IsSubscribed);
        Assert.True(await client.FolderExistsAsync(name));

        await client.SubscribeAsync(name);
        Assert.Contains(await client.ListSubscribedAsync(), f => f.Name == name);
        await client.UnsubscribeAsync(name);
        Assert.DoesNotContain(await client.ListSubscribedAsync(), f => f.Name == name);

        string renamed = name + " neu";
        await client.RenameFolderAsync(name, renamed);
        Assert.False(await client.FolderExistsAsync(name));
        await client.DeleteFolderAsync(renamed);
        Assert.False(await client.FolderExistsAsync(renamed));
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.DeleteFolderAsync(renamed));
        Assert.Equal("NONEXISTENT", e.ResponseCode?.Name);
    }

    [Fact]
    public async Task Folder_names_can_stay_in_wire_form()
    {
        await using ImapClient client = await LoginAsync(Server);
        string name = UniqueName("Entwürfe");
        await client.CreateFolderAsync(name);
        client.DecodeFolderNames = false;
        string wire = ModifiedUtf7.Encode(name);
        FolderInfo listed = Assert.Single(await client.ListFoldersAsync("", wire));
        Assert.Equal(wire, listed.Name);
        Assert.Contains("&APw-", listed.Name, StringComparison.Ordinal);
        Assert.Equal(name, listed.Mailbox.Name);
        MailboxInfo box = await client.SelectAsync(wire);
        Assert.Equal(wire, box.Name);
    }

    [Fact]
    public async Task Special_folders_are_found_and_listed_with_their_use()
    {
        await using ImapClient client = await LoginAsync(Server);
        FolderInfo? sent = await client.FindSpecialFolderAsync(SpecialUse.Sent);
        Assert.Equal("Sent", sent?.Name);
        Assert.Equal(SpecialUse.Trash, (await client.FindSpecialFolderAsync(SpecialUse.Trash))?.SpecialUse);
        Assert.Null(await client.FindSpecialFolderAsync(SpecialUse.Flagged));
        IReadOnlyList<FolderInfo> all = await client.ListFoldersAsync();
        Assert.Equal(SpecialUse.Junk, all.Single(f => f.Name == "Junk").SpecialUse);
        Assert.True(all.Single(f => f.Name == "Drafts").IsSubscribed);
        if (!client.HasCapability(Capability.CreateSpecialUse))
            await Assert.ThrowsAsync<NotSupportedException>(() => client.CreateFolderAsync(UniqueName(), SpecialUse.Archive));
    }

    [Fact]
    public async Task Status_reports_counts_size_and_modseq()
    {
        await using ImapClient client = await LoginAsync(Server);
        string folder = UniqueName();
        await client.CreateFolderAsync(folder);
        await client.AppendAsync(folder, Message("one"));
        await client.AppendAsync(folder, Message("two"), [Flag.Seen]);
        FolderStatus status = await client.GetStatusAsync(folder);
        Assert.Equal(2u, status.Messages);
        Assert.Equal(1u, status.Unseen);
        Assert.NotNull(status.UidValidity);
        Assert.Equal(3u, status.UidNext);
        Assert.NotNull(status.HighestModSeq);
        if (client.HasCapability(Capability.StatusSize)) Assert.True(status.Size > 0);

        FolderInfo listed = Assert.Single(await client.ListFoldersAsync("", folder, [StatusItem.Messages, StatusItem.Unseen]));
        Assert.Equal(2u, listed.Status?.Messages);
        Assert.Equal(1u, listed.Status?.Unseen);
    }

    [Fact]
    public async Task Select_and_examine_describe_the_mailbox()
    {
        await using ImapClient client = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(client, Message("a"), Message("b"));
        MailboxInfo box = await client.SelectAsync(folder, new SelectOptions { CondStore = true });
        Assert.Equal(folder, box.Name);
        Assert.Equal(2u, box.Exists);
        Assert.False(box.IsReadOnly);
        Assert.Equal(uids[^1] + 1, box.UidNext);
        Assert.NotNull(box.UidValidity);
        Assert.NotNull(box.HighestModSeq);
        Assert.Contains(Flag.Seen, box.Flags);
        Assert.Contains(Flag.Deleted, box.PermanentFlags);
        Assert.Same(box, client.SelectedFolder);

        MailboxInfo examined = await client.ExamineAsync(folder);
        Assert.True(examined.IsReadOnly);
        await Assert.ThrowsAsync<ImapReadOnlyException>(() => client.AddFlagsAsync(uids[0], [Flag.Flagged]));
        await Assert.ThrowsAsync<ImapReadOnlyException>(() => client.ExpungeAsync());
        await Assert.ThrowsAsync<ImapReadOnlyException>(() => client.MoveAsync(uids[0], "INBOX"));
        await client.UnselectAsync();
        Assert.Null(client.SelectedFolder);
        await Assert.ThrowsAsync<ImapCommandException>(() => client.SelectAsync(UniqueName()));
    }

    [Fact]
    public async Task Noop_check_close_and_expunge()
    {
        await using ImapClient client = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(client, Message("a"), Message("b"), Message("c"));
        await client.CheckAsync();
        Assert.Empty(await client.NoopAsync());
        await client.AddFlagsAsync(uids, [Flag.Deleted]);
        ExpungeResult some = await client.ExpungeAsync(uids[0]);
        Assert.Equal(1, some.Count);
        Assert.Equal([1u], some.SequenceNumbers);
        ExpungeResult rest = await client.ExpungeAsync();
        Assert.Equal(2, rest.Count);
        await client.CloseAsync();
        Assert.Null(client.SelectedFolder);
        Assert.Equal(0u, (await client.GetStatusAsync(folder)).Messages);
    }

    [Fact]
    public async Task Qresync_select_reports_vanished_and_changed_messages()
    {
        await using ImapClient client = await LoginAsync(Server);
        (string folder, List<uint> uids) = await FolderWithAsync(client, Message("a"), Message("b"), Message("c"));
        MailboxInfo before = await client.SelectAsync(folder, new SelectOptions { CondStore = true });
        await client.AddFlagsAsync(uids[1], [Flag.Flagged]);
        await client.AddFlagsAsync(uids[2], [Flag.Deleted]);
        await client.ExpungeAsync(uids[2]);
        await client.UnselectAsync();

        var known = new QResyncParameters(before.UidValidity!.Value, before.HighestModSeq!.Value, UidSet.FromValues(uids));
        MailboxInfo after = await client.SelectAsync(folder, new SelectOptions { QResync = known });
        Assert.Equal(2u, after.Exists);
        Assert.True(after.Vanished?.Contains(uids[2]));
        FetchResult changed = Assert.Single(after.Changed);
        Assert.Equal(uids[1], changed.Uid);
        Assert.True(changed.HasFlag(Flag.Flagged));
    }
}
