namespace Imap4.Protocol.Responses;

/// <summary>One entry of an access control list (RFC 4314): an identifier and its rights.</summary>
/// <param name="Identifier">The user or group, e.g. <c>Fred</c>, <c>anyone</c>, <c>-Fred</c> (negative rights), <c>$team</c>.</param>
/// <param name="Rights">The rights letters, e.g. <c>lrswipkxtecda</c>.</param>
public readonly record struct AclEntry(string Identifier, string Rights)
{
    /// <summary>True for negative rights (identifier starting with "-").</summary>
    public bool IsNegative => Identifier?.StartsWith('-') == true;

    /// <summary>The wire form, <c>identifier rights</c>.</summary>
    public override string ToString() => Identifier + " " + Rights;
}
