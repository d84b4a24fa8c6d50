using Imap4.Protocol.Fetch;

namespace Imap4.Client;

/// <summary>Modifiers of FETCH.</summary>
public sealed record FetchOptions
{
    /// <summary>Only messages whose mod-sequence is above this (CHANGEDSINCE, CONDSTORE); null for all.</summary>
    public ulong? ChangedSince { get; init; }

    /// <summary>A window of the results (PARTIAL, RFC 9394), e.g. the last 50; null for all.</summary>
    public PartialWindow? Partial { get; init; }
}
