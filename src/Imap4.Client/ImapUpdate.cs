using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>A unilateral server update: untagged data no pending command asked for, or an untagged status response.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Response">The response: an <see cref="UntaggedResponse"/> or a <see cref="StatusResponse"/>.</param>
public sealed record ImapUpdate(ImapUpdateKind Kind, ImapResponse Response)
{
    /// <summary>The response as untagged data, or null for a status response.</summary>
    public UntaggedResponse? Data => Response as UntaggedResponse;

    /// <summary>The response as a status response (OK, NO, BAD, BYE), or null.</summary>
    public StatusResponse? Status => Response as StatusResponse;

    /// <summary>True when no command was in progress as it arrived (e.g. between two IDLE commands).</summary>
    internal bool Unowned { get; init; }
}
