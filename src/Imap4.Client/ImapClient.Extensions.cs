using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>NAMESPACE (RFC 2342): the personal, other users' and shared namespaces.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The namespaces (prefixes decoded).</returns>
    /// <exception cref="NotSupportedException">The server does not announce NAMESPACE.</exception>
    public async Task<NamespaceResponse> GetNamespaceAsync(CancellationToken cancellationToken = default)
    {
        if (!HasCapability(Capability.Imap4Rev2)) Require(Capability.Namespace, "NAMESPACE");
        ImapCommandResult result = await RunAsync(new NamespaceCommand(), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<NamespaceResponse> answers = result.Get<NamespaceResponse>();
        return answers.Count > 0 ? answers[^1] : throw new ImapProtocolException("The server answered NAMESPACE without a NAMESPACE response.");
    }

    /// <summary>ID (RFC 2971): tells the server who the client is and returns what the server says about itself.</summary>
    /// <param name="clientInfo">Fields such as <c>name</c> and <c>version</c>, or null to send NIL.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The server's fields (empty when it sent NIL).</returns>
    /// <exception cref="NotSupportedException">The server does not announce ID.</exception>
    public async Task<IReadOnlyDictionary<string, string?>> IdAsync(IReadOnlyDictionary<string, string?>? clientInfo = null, CancellationToken cancellationToken = default)
    {
        Require(Capability.Id, "ID");
        ImapCommandResult result = await RunAsync(new IdCommand(clientInfo is null ? null : [.. clientInfo]), cancellationToken).ConfigureAwait(false);
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (IdResponse r in result.Get<IdResponse>())
            foreach (KeyValuePair<string, string?> f in r.Fields ?? []) fields[f.Key] = f.Value;
        return fields;
    }

    /// <summary>
    /// PROXYAUTH (Cyrus): an administrator, already logged in, acts as <paramref name="userName"/> from now on. Servers that
    /// do not know the command answer BAD, which surfaces as <see cref="ImapCommandException"/>.
    /// </summary>
    /// <param name="userName">The user to act as.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when the server accepted it.</returns>
    public async Task ProxyAuthAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        await RunAsync(new ProxyAuthCommand(userName), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ENABLE (RFC 5161): turns on extensions such as CONDSTORE, QRESYNC or UTF8=ACCEPT.</summary>
    /// <param name="capabilities">The extensions.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Those the server actually enabled.</returns>
    /// <exception cref="NotSupportedException">The server has neither ENABLE nor IMAP4rev2.</exception>
    public async Task<IReadOnlyList<Capability>> EnableAsync(IReadOnlyList<Capability> capabilities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        if (!HasCapability(Capability.Imap4Rev2)) Require(Capability.Enable, "ENABLE");
        ImapCommandResult result = await RunAsync(new EnableCommand(capabilities), cancellationToken).ConfigureAwait(false);
        var enabled = new List<Capability>();
        foreach (EnabledResponse r in result.Get<EnabledResponse>()) enabled.AddRange(r.Capabilities);
        return enabled;
    }

    /// <summary>COMPRESS=DEFLATE (RFC 4978): compresses the rest of the session. Do it after TLS and login.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when compression is on.</returns>
    /// <exception cref="NotSupportedException">The server does not announce COMPRESS=DEFLATE.</exception>
    public Task CompressAsync(CancellationToken cancellationToken = default)
    {
        Require(Capability.CompressDeflate, "COMPRESS");
        return Connection.CompressAsync(cancellationToken);
    }

    /// <summary>GETQUOTAROOT (RFC 9208): the quota roots of a folder and their usage and limits.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The roots and quotas.</returns>
    /// <exception cref="NotSupportedException">The server does not announce QUOTA.</exception>
    public async Task<QuotaRootResult> GetQuotaRootAsync(string folder, CancellationToken cancellationToken = default)
    {
        RequireQuota();
        ImapCommandResult result = await RunAsync(new GetQuotaRootCommand(ToMailbox(folder)), cancellationToken).ConfigureAwait(false);
        var roots = new List<string>();
        foreach (QuotaRootResponse r in result.Get<QuotaRootResponse>()) roots.AddRange(r.Roots);
        return new QuotaRootResult(roots, Quotas(result));
    }

    /// <summary>GETQUOTA: the usage and limits of a quota root.</summary>
    /// <param name="root">The quota root (often empty or "User quota").</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The resources.</returns>
    public async Task<IReadOnlyList<QuotaResource>> GetQuotaAsync(string root, CancellationToken cancellationToken = default)
    {
        RequireQuota();
        ImapCommandResult result = await RunAsync(new GetQuotaCommand(root), cancellationToken).ConfigureAwait(false);
        return Quotas(result).TryGetValue(root, out IReadOnlyList<QuotaResource>? resources) ? resources : [];
    }

    /// <summary>SETQUOTA: sets the limits of a quota root (usually for administrators only).</summary>
    /// <param name="root">The quota root.</param>
    /// <param name="limits">The limits, e.g. <c>[new QuotaLimit(QuotaLimit.Storage, 1024)]</c> (storage in KiB).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The resources as the server now reports them.</returns>
    public async Task<IReadOnlyList<QuotaResource>> SetQuotaAsync(string root, IReadOnlyList<QuotaLimit> limits, CancellationToken cancellationToken = default)
    {
        RequireQuota();
        ImapCommandResult result = await RunAsync(new SetQuotaCommand(root, limits), cancellationToken).ConfigureAwait(false);
        return Quotas(result).TryGetValue(root, out IReadOnlyList<QuotaResource>? resources) ? resources : [];
    }

    private void RequireQuota()
    {
        foreach (Capability c in Capabilities)
            if (c.Name.Equals("QUOTA", StringComparison.OrdinalIgnoreCase)) return;
        Require(Capability.Quota, "QUOTA");
    }

    private static Dictionary<string, IReadOnlyList<QuotaResource>> Quotas(ImapCommandResult result)
    {
        var quotas = new Dictionary<string, IReadOnlyList<QuotaResource>>(StringComparer.Ordinal);
        foreach (QuotaResponse q in result.Get<QuotaResponse>()) quotas[q.Root] = q.Resources;
        return quotas;
    }
}
