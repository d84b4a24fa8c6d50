using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>GETMETADATA (RFC 5464): annotation entries of a folder, or of the server when the folder is empty.</summary>
    /// <param name="folder">The folder, or <c>""</c> for server entries.</param>
    /// <param name="entries">Entry names, e.g. <c>/private/comment</c>.</param>
    /// <param name="depth">How deep below each entry to return, or null for just the entries.</param>
    /// <param name="maxSize">Omit values larger than this (octets), or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The entries with their values (null for entries that have none).</returns>
    /// <exception cref="NotSupportedException">Neither METADATA nor METADATA-SERVER is announced.</exception>
    public async Task<IReadOnlyList<MetadataEntry>> GetMetadataAsync(string folder, IReadOnlyList<string> entries, MetadataDepth? depth = null, uint? maxSize = null, CancellationToken cancellationToken = default)
    {
        RequireMetadata(folder);
        var command = new GetMetadataCommand(ToMailbox(folder), entries) { Depth = depth, MaxSize = maxSize };
        ImapCommandResult result = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        var found = new List<MetadataEntry>();
        foreach (MetadataResponse r in result.Get<MetadataResponse>()) found.AddRange(r.Entries);
        return found;
    }

    /// <summary>SETMETADATA: sets (or, with a null value, removes) annotation entries.</summary>
    /// <param name="folder">The folder, or <c>""</c> for server entries.</param>
    /// <param name="values">Entry names and text values (null removes the entry).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when set.</returns>
    public Task SetMetadataAsync(string folder, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        RequireMetadata(folder);
        var list = new List<MetadataEntryValue>(values.Count);
        foreach (KeyValuePair<string, string?> v in values) list.Add(MetadataEntryValue.FromText(v.Key, v.Value));
        return RunAsync(new SetMetadataCommand(ToMailbox(folder), list), cancellationToken);
    }

    /// <summary>GETANNOTATION (the Cyrus ANNOTATEMORE draft): entries and their attributes.</summary>
    /// <param name="folder">The folder, or <c>""</c> for server entries.</param>
    /// <param name="entries">Entry names or patterns, e.g. <c>/comment</c>.</param>
    /// <param name="attributes">Attribute names, e.g. <c>value.shared</c>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The entries with their attributes.</returns>
    /// <exception cref="NotSupportedException">The server does not announce ANNOTATEMORE.</exception>
    public async Task<IReadOnlyList<Imap4.Protocol.Responses.AnnotationEntry>> GetAnnotationAsync(string folder, IReadOnlyList<string> entries, IReadOnlyList<string> attributes, CancellationToken cancellationToken = default)
    {
        Require(Capability.AnnotateMore, "GETANNOTATION");
        ImapCommandResult result = await RunAsync(new GetAnnotationCommand(ToMailbox(folder), entries, attributes), cancellationToken).ConfigureAwait(false);
        var found = new List<Imap4.Protocol.Responses.AnnotationEntry>();
        foreach (AnnotationResponse r in result.Get<AnnotationResponse>()) found.AddRange(r.Entries);
        return found;
    }

    /// <summary>SETANNOTATION (ANNOTATEMORE): sets attributes of an entry.</summary>
    /// <param name="folder">The folder, or <c>""</c> for server entries.</param>
    /// <param name="entry">The entry name.</param>
    /// <param name="attributes">Attribute names and values (null removes), e.g. <c>value.shared</c>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when set.</returns>
    public Task SetAnnotationAsync(string folder, string entry, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        Require(Capability.AnnotateMore, "SETANNOTATION");
        var annotation = new Imap4.Protocol.Commands.AnnotationEntry(entry, [.. attributes]);
        return RunAsync(new SetAnnotationCommand(ToMailbox(folder), [annotation]), cancellationToken);
    }

    private void RequireMetadata(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (HasCapability(Capability.Metadata)) return;
        if (folder.Length == 0) Require(Capability.MetadataServer, "server METADATA");
        else Require(Capability.Metadata, "METADATA");
    }
}
