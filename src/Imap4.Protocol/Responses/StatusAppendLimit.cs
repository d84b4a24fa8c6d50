namespace Imap4.Protocol.Responses;

/// <summary>The APPENDLIMIT item of a STATUS response (RFC 7889): a size in bytes, or no limit (NIL).</summary>
/// <param name="Bytes">The largest message size the mailbox accepts, or null for no limit.</param>
public readonly record struct StatusAppendLimit(ulong? Bytes)
{
    /// <summary>No limit (<c>APPENDLIMIT NIL</c>).</summary>
    public static StatusAppendLimit Unlimited => new(null);

    /// <summary>True when there is no limit.</summary>
    public bool IsUnlimited => Bytes is null;

    /// <summary>The wire form of the value: a number or NIL.</summary>
    public override string ToString() => Bytes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NIL";
}
