using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// LIST: the folders matching a pattern (<c>*</c> any depth, <c>%</c> one level). With LIST-EXTENDED the server is
    /// also asked for subscription state, children and special use; STATUS items are returned with LIST-STATUS when
    /// offered, else asked folder by folder.
    /// </summary>
    /// <param name="reference">The reference name (usually empty).</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="status">STATUS items to return with each selectable folder, or null for none.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The folders, in server order.</returns>
    public Task<IReadOnlyList<FolderInfo>> ListFoldersAsync(string reference = "", string pattern = "*", IReadOnlyList<StatusItem>? status = null, CancellationToken cancellationToken = default) =>
        ListCoreAsync(reference, pattern, subscribedOnly: false, status, cancellationToken);

    /// <summary>The subscribed folders: LIST (SUBSCRIBED) with LIST-EXTENDED or IMAP4rev2, else LSUB.</summary>
    /// <param name="reference">The reference name (usually empty).</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The subscribed folders (possibly including ones that no longer exist, marked <c>\NonExistent</c>).</returns>
    public Task<IReadOnlyList<FolderInfo>> ListSubscribedAsync(string reference = "", string pattern = "*", CancellationToken cancellationToken = default) =>
        ListCoreAsync(reference, pattern, subscribedOnly: true, null, cancellationToken);

    /// <summary>
    /// Finds the folder with a special use: asked with LIST (SPECIAL-USE) when offered, else recognised from its
    /// attributes or, failing that, from common names ("Sent Items", "Deleted Messages", ...).
    /// </summary>
    /// <param name="use">The special use.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The folder, or null when there is none.</returns>
    public async Task<FolderInfo?> FindSpecialFolderAsync(SpecialUse use, CancellationToken cancellationToken = default)
    {
        if (use == SpecialUse.None) throw new ArgumentOutOfRangeException(nameof(use), "Name a special use.");
        bool extended = HasCapability(Capability.ListExtended) || HasCapability(Capability.Imap4Rev2);
        IReadOnlyList<FolderInfo> folders;
        if (extended && (HasCapability(Capability.SpecialUse) || HasCapability(Capability.Imap4Rev2)))
        {
            var command = new ListCommand(MailboxName.FromWire("", true), "*")
            {
                SelectionOptions = ListSelectOptions.SpecialUse,
                ReturnOptions = ListReturnOptions.SpecialUse,
            };
            folders = ToFolders(await RunAsync(command, cancellationToken).ConfigureAwait(false), false);
        }
        else
        {
            folders = await ListFoldersAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        foreach (FolderInfo f in folders)
            if (f.SpecialUse == use) return f;
        foreach (string name in SpecialUseNames.CommonNames(use))
        {
            foreach (FolderInfo f in folders)
                if (f.IsSelectable && LastLevel(f).Equals(name, StringComparison.OrdinalIgnoreCase)) return f;
        }
        return null;
    }

    /// <summary>CREATE: creates a folder, optionally marked with a special use (needs CREATE-SPECIAL-USE).</summary>
    /// <param name="folder">The name; intermediate levels are created as needed by most servers.</param>
    /// <param name="use">The special use to give it, or <see cref="SpecialUse.None"/>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when created.</returns>
    /// <exception cref="ImapCommandException">It exists already (<c>[ALREADYEXISTS]</c>) or cannot be created.</exception>
    /// <exception cref="NotSupportedException">A special use was given without CREATE-SPECIAL-USE.</exception>
    public Task CreateFolderAsync(string folder, SpecialUse use = SpecialUse.None, CancellationToken cancellationToken = default)
    {
        var command = new CreateCommand(ToMailbox(folder));
        if (use != SpecialUse.None)
        {
            Require(Capability.CreateSpecialUse, "CREATE with a special use");
            command = command with { SpecialUse = [SpecialUseNames.AttributeOf(use).Value] };
        }
        return RunAsync(command, cancellationToken);
    }

    /// <summary>DELETE: deletes a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when deleted.</returns>
    public Task DeleteFolderAsync(string folder, CancellationToken cancellationToken = default) =>
        RunAsync(new DeleteCommand(ToMailbox(folder)), cancellationToken);

    /// <summary>RENAME: renames a folder (renaming INBOX moves its messages to the new folder).</summary>
    /// <param name="folder">The current name.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when renamed.</returns>
    public Task RenameFolderAsync(string folder, string newName, CancellationToken cancellationToken = default) =>
        RunAsync(new RenameCommand(ToMailbox(folder), ToMailbox(newName, nameof(newName))), cancellationToken);

    /// <summary>SUBSCRIBE: adds a folder to the subscriptions.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when subscribed.</returns>
    public Task SubscribeAsync(string folder, CancellationToken cancellationToken = default) =>
        RunAsync(new SubscribeCommand(ToMailbox(folder)), cancellationToken);

    /// <summary>UNSUBSCRIBE: removes a folder from the subscriptions.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when unsubscribed.</returns>
    public Task UnsubscribeAsync(string folder, CancellationToken cancellationToken = default) =>
        RunAsync(new UnsubscribeCommand(ToMailbox(folder)), cancellationToken);

    /// <summary>True when a folder of exactly this name exists (a LIST of the name).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Whether it exists.</returns>
    public async Task<bool> FolderExistsAsync(string folder, CancellationToken cancellationToken = default)
    {
        string pattern = ToMailbox(folder).Name.Replace("*", "%", StringComparison.Ordinal);
        ImapCommandResult result = await RunAsync(new ListCommand(MailboxName.FromWire("", true), pattern), cancellationToken).ConfigureAwait(false);
        MailboxName wanted = ToMailbox(folder);
        foreach (ListResponse r in result.Get<ListResponse>())
            if (r.Mailbox == wanted && !r.Has(MailboxAttribute.NonExistent)) return true;
        return false;
    }

    /// <summary>
    /// STATUS: a folder's counters without selecting it. By default MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, plus RECENT
    /// (IMAP4rev1), DELETED and SIZE (IMAP4rev2 or STATUS=SIZE) and HIGHESTMODSEQ (CONDSTORE) when the server has them.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="items">The items to ask for, or null for the default set.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The status.</returns>
    public async Task<FolderStatus> GetStatusAsync(string folder, IReadOnlyList<StatusItem>? items = null, CancellationToken cancellationToken = default)
    {
        MailboxName mailbox = ToMailbox(folder);
        ImapCommandResult result = await RunAsync(new StatusCommand(mailbox, items ?? DefaultStatusItems()), cancellationToken).ConfigureAwait(false);
        foreach (MailboxStatusResponse s in result.Get<MailboxStatusResponse>())
            if (s.Mailbox == mailbox) return FolderStatus.From(FromMailbox(mailbox), s);
        throw new ImapProtocolException($"The server answered STATUS for '{mailbox}' without a STATUS response.");
    }

    private List<StatusItem> DefaultStatusItems()
    {
        List<StatusItem> items = [StatusItem.Messages, StatusItem.UidNext, StatusItem.UidValidity, StatusItem.Unseen];
        bool rev2 = HasCapability(Capability.Imap4Rev2);
        if (HasCapability(Capability.Imap4Rev1)) items.Add(StatusItem.Recent);
        if (rev2) items.Add(StatusItem.Deleted);
        if (rev2 || HasCapability(Capability.StatusSize)) items.Add(StatusItem.Size);
        if (HasCapability(Capability.CondStore) || HasCapability(Capability.QResync)) items.Add(StatusItem.HighestModSeq);
        return items;
    }

    private async Task<IReadOnlyList<FolderInfo>> ListCoreAsync(string reference, string pattern, bool subscribedOnly, IReadOnlyList<StatusItem>? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        MailboxName refName = ToMailbox(reference, nameof(reference));
        string decodedPattern = DecodeFolderNames || Connection.IsUtf8Enabled ? pattern
            : ModifiedUtf7.TryDecode(pattern, out string? d) ? d : throw new ArgumentException($"'{pattern}' is not valid modified UTF-7.", nameof(pattern));
        bool extended = HasCapability(Capability.ListExtended) || HasCapability(Capability.Imap4Rev2);
        bool listStatus = status is { Count: > 0 } && (HasCapability(Capability.ListStatus) || HasCapability(Capability.Imap4Rev2));
        ImapCommand command;
        if (extended)
        {
            ListReturnOptions returns = ListReturnOptions.Subscribed | ListReturnOptions.Children;
            if (HasCapability(Capability.SpecialUse) || HasCapability(Capability.Imap4Rev2)) returns |= ListReturnOptions.SpecialUse;
            command = new ListCommand(refName, decodedPattern)
            {
                SelectionOptions = subscribedOnly ? ListSelectOptions.Subscribed : ListSelectOptions.None,
                ReturnOptions = returns,
                ReturnStatus = listStatus ? status : null,
            };
        }
        else
        {
            command = subscribedOnly ? new LsubCommand(refName, decodedPattern) : new ListCommand(refName, decodedPattern);
        }
        IReadOnlyList<FolderInfo> folders = ToFolders(await RunAsync(command, cancellationToken).ConfigureAwait(false), subscribedOnly);
        if (status is { Count: > 0 } && !listStatus) folders = await AddStatusAsync(folders, status, cancellationToken).ConfigureAwait(false);
        return folders;
    }

    private List<FolderInfo> ToFolders(ImapCommandResult result, bool subscribed)
    {
        var statuses = new Dictionary<MailboxName, MailboxStatusResponse>();
        foreach (MailboxStatusResponse s in result.Get<MailboxStatusResponse>()) statuses[s.Mailbox] = s;
        var folders = new List<FolderInfo>();
        foreach (ListResponse r in result.Get<ListResponse>())
        {
            string name = FromMailbox(r.Mailbox);
            folders.Add(new FolderInfo(name, r.Mailbox, r.Delimiter, r.Attributes)
            {
                IsSubscribed = subscribed || r.Has(MailboxAttribute.Subscribed),
                Status = statuses.TryGetValue(r.Mailbox, out MailboxStatusResponse? s) ? FolderStatus.From(name, s) : null,
            });
        }
        return folders;
    }

    private async Task<IReadOnlyList<FolderInfo>> AddStatusAsync(IReadOnlyList<FolderInfo> folders, IReadOnlyList<StatusItem> status, CancellationToken cancellationToken)
    {
        var result = new List<FolderInfo>(folders.Count);
        foreach (FolderInfo f in folders)
        {
            if (!f.IsSelectable)
            {
                result.Add(f);
                continue;
            }
            ImapCommandResult r = await RunAsync(new StatusCommand(f.Mailbox, status), cancellationToken).ConfigureAwait(false);
            MailboxStatusResponse? s = null;
            foreach (MailboxStatusResponse candidate in r.Get<MailboxStatusResponse>())
                if (candidate.Mailbox == f.Mailbox) s = candidate;
            result.Add(f with { Status = s is null ? null : FolderStatus.From(f.Name, s) });
        }
        return result;
    }

    private static string LastLevel(FolderInfo folder)
    {
        string name = folder.Mailbox.Name;
        if (folder.Delimiter is not { } d) return name;
        int i = name.LastIndexOf(d);
        return i < 0 ? name : name[(i + 1)..];
    }
}
