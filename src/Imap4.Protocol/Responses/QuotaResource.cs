namespace Imap4.Protocol.Responses;

/// <summary>One resource of a quota root (RFC 9208): its name, current usage and limit.</summary>
/// <param name="Name">The resource, e.g. <c>STORAGE</c> (units of 1024 bytes), <c>MESSAGE</c>, <c>MAILBOX</c>.</param>
/// <param name="Usage">The current usage.</param>
/// <param name="Limit">The limit.</param>
public readonly record struct QuotaResource(string Name, ulong Usage, ulong Limit)
{
    /// <summary>The wire form, <c>NAME usage limit</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Name} {Usage} {Limit}");
}
