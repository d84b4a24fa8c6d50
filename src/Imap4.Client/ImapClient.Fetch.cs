using Imap4.Client.Internal;
using System.Runtime.CompilerServices;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// FETCH (UID FETCH when <see cref="UseUid"/>): the asked items of each message, typed. Body sections are best
    /// fetched with BODY.PEEK so that \Seen is not set.
    /// </summary>
    /// <param name="messages">The messages: an id, a list, or set text like <c>"1:*"</c>.</param>
    /// <param name="items">The items, e.g. <c>[FetchAttribute.Flags, FetchAttribute.Envelope]</c>.</param>
    /// <param name="options">CHANGEDSINCE or PARTIAL; null for none.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>One result per message, in server order, each yielded as soon as it has arrived.</returns>
    /// <exception cref="NotSupportedException">CHANGEDSINCE without CONDSTORE, or PARTIAL without PARTIAL.</exception>
    public async IAsyncEnumerable<FetchResult> FetchAsync(
        MessageSet messages,
        IReadOnlyList<FetchAttribute> items,
        FetchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        bool rfc822AsBody = Connection.Options.Quirks.FetchRfc822AsBody && Rfc822Quirk.Applies(items);
        FetchCommand command = BuildFetch(messages, rfc822AsBody ? Rfc822Quirk.Rewrite(items) : items, options);
        await foreach (UntaggedResponse r in Connection.ExecuteStreamingAsync(command, cancellationToken).ConfigureAwait(false))
        {
            // In UID FETCH every answer carries its UID; FETCH data without one is a unilateral flag update.
            if (r is FetchResponse f && (!command.IsUid || f.Uid is not null || Connection.Options.Quirks.AcceptFetchWithoutUid))
                yield return new FetchResult(rfc822AsBody ? Rfc822Quirk.AddRfc822(f) : f);
        }
    }

    /// <summary>FETCH with the items given as IMAP text, e.g. <c>"FLAGS ENVELOPE BODY.PEEK[HEADER]"</c>.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="items">The items as text (see <see cref="FetchItems.Parse"/>).</param>
    /// <param name="options">Modifiers, or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>One result per message.</returns>
    public IAsyncEnumerable<FetchResult> FetchAsync(MessageSet messages, string items, FetchOptions? options = null, CancellationToken cancellationToken = default) =>
        FetchAsync(messages, FetchItems.Parse(items), options, cancellationToken);

    /// <summary>
    /// What changed since a mod-sequence: UID FETCH with CHANGEDSINCE and VANISHED (QRESYNC, enabled on demand), so
    /// that both changed messages and expunged UIDs come back. Needs <see cref="UseUid"/>.
    /// </summary>
    /// <param name="messages">The UIDs to consider, e.g. <c>"1:*"</c>.</param>
    /// <param name="items">The items to fetch for changed messages (UID and MODSEQ come anyway).</param>
    /// <param name="changedSince">The mod-sequence the caller knows.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The changed messages and the vanished UIDs.</returns>
    /// <exception cref="NotSupportedException">QRESYNC is not offered, or <see cref="UseUid"/> is false.</exception>
    public async Task<FetchChanges> FetchChangesAsync(MessageSet messages, IReadOnlyList<FetchAttribute> items, ulong changedSince, CancellationToken cancellationToken = default)
    {
        if (!UseUid) throw new NotSupportedException("VANISHED needs UID FETCH: set UseUid.");
        await EnsureEnabledAsync(Capability.QResync, cancellationToken).ConfigureAwait(false);
        FetchCommand command = BuildFetch(messages, items, new FetchOptions { ChangedSince = changedSince }) with { Vanished = true };
        ImapCommandResult result = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        var vanished = new List<SequenceRange>();
        foreach (VanishedResponse v in result.Get<VanishedResponse>()) vanished.AddRange(v.Uids.Ranges);
        return new FetchChanges(ToFetchResults(result, isUid: true), vanished.Count > 0 ? new UidSet(vanished) : null);
    }

    /// <summary>The flags of messages.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Each message's id and flags.</returns>
    public async Task<IReadOnlyDictionary<uint, IReadOnlyList<Flag>>> GetFlagsAsync(MessageSet messages, CancellationToken cancellationToken = default)
    {
        var flags = new Dictionary<uint, IReadOnlyList<Flag>>();
        await foreach (FetchResult r in FetchAsync(messages, [FetchAttribute.Flags], null, cancellationToken).ConfigureAwait(false))
            if (r.Flags is { } f) flags[IdOf(r)] = f;
        return flags;
    }

    private async Task<FetchResult?> FetchOneAsync(uint id, IReadOnlyList<FetchAttribute> items, CancellationToken cancellationToken)
    {
        await foreach (FetchResult r in FetchAsync(id, items, null, cancellationToken).ConfigureAwait(false))
            if (IdOf(r) == id) return r;
        return null;
    }

    private uint IdOf(FetchResult r) => UseUid && r.Uid is { } uid ? uid : r.SequenceNumber;

    private FetchCommand BuildFetch(MessageSet messages, IReadOnlyList<FetchAttribute> items, FetchOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0) throw new ArgumentException("Ask for at least one item.", nameof(items));
        if (options?.ChangedSince is not null) Require(Capability.CondStore, "FETCH CHANGEDSINCE");
        if (options?.Partial is not null) Require(Capability.Partial, "FETCH PARTIAL");
        return new FetchCommand(messages.Set, items) { IsUid = UseUid, ChangedSince = options?.ChangedSince, Partial = options?.Partial };
    }

    /// <summary>The FETCH responses of the command; for UID FETCH only those with a UID (others are unilateral updates).</summary>
    private static List<FetchResult> ToFetchResults(ImapCommandResult result, bool isUid)
    {
        var list = new List<FetchResult>();
        foreach (FetchResponse f in result.Get<FetchResponse>())
            if (!isUid || f.Uid is not null) list.Add(new FetchResult(f));
        return list;
    }
}
