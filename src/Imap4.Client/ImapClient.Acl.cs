using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>GETACL (RFC 4314): who has which rights on a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The identifiers and their rights (e.g. <c>anyone</c>, <c>lr</c>).</returns>
    /// <exception cref="NotSupportedException">The server does not announce ACL.</exception>
    public async Task<IReadOnlyList<AclEntry>> GetAclAsync(string folder, CancellationToken cancellationToken = default)
    {
        Require(Capability.Acl, "GETACL");
        ImapCommandResult result = await RunAsync(new GetAclCommand(ToMailbox(folder)), cancellationToken).ConfigureAwait(false);
        var entries = new List<AclEntry>();
        foreach (AclResponse r in result.Get<AclResponse>()) entries.AddRange(r.Entries);
        return entries;
    }

    /// <summary>SETACL: sets (or adds/removes with <paramref name="action"/>) an identifier's rights on a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="identifier">The user or group, e.g. <c>anyone</c>.</param>
    /// <param name="rights">The rights letters, e.g. <c>lrs</c>.</param>
    /// <param name="action">Replace (default), add (+) or remove (-).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when set.</returns>
    public Task SetAclAsync(string folder, string identifier, string rights, StoreAction action = StoreAction.Replace, CancellationToken cancellationToken = default)
    {
        Require(Capability.Acl, "SETACL");
        return RunAsync(new SetAclCommand(ToMailbox(folder), identifier, action, rights), cancellationToken);
    }

    /// <summary>DELETEACL: removes an identifier's entry from a folder's ACL.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="identifier">The user or group.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when removed.</returns>
    public Task DeleteAclAsync(string folder, string identifier, CancellationToken cancellationToken = default)
    {
        Require(Capability.Acl, "DELETEACL");
        return RunAsync(new DeleteAclCommand(ToMailbox(folder), identifier), cancellationToken);
    }

    /// <summary>LISTRIGHTS: the rights that are always granted to an identifier and those that may be granted.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="identifier">The user or group.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The required and optional rights.</returns>
    public async Task<ListRightsResponse> ListRightsAsync(string folder, string identifier, CancellationToken cancellationToken = default)
    {
        Require(Capability.Acl, "LISTRIGHTS");
        ImapCommandResult result = await RunAsync(new ListRightsCommand(ToMailbox(folder), identifier), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ListRightsResponse> answers = result.Get<ListRightsResponse>();
        return answers.Count > 0 ? answers[^1] : throw new ImapProtocolException("The server answered LISTRIGHTS without a LISTRIGHTS response.");
    }

    /// <summary>MYRIGHTS: the logged-in user's rights on a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The rights letters.</returns>
    public async Task<string> GetMyRightsAsync(string folder, CancellationToken cancellationToken = default)
    {
        Require(Capability.Acl, "MYRIGHTS");
        ImapCommandResult result = await RunAsync(new MyRightsCommand(ToMailbox(folder)), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<MyRightsResponse> answers = result.Get<MyRightsResponse>();
        return answers.Count > 0 ? answers[^1].Rights : throw new ImapProtocolException("The server answered MYRIGHTS without a MYRIGHTS response.");
    }
}
