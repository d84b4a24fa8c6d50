namespace Imap4.Protocol.Fetch;

/// <summary>
/// A byte range of a section: <c>&lt;origin.length&gt;</c> in a FETCH command, <c>&lt;origin&gt;</c> in a FETCH response
/// (where <see cref="Length"/> is null).
/// </summary>
/// <param name="Origin">The first byte's offset.</param>
/// <param name="Length">How many bytes (at least 1), or null in responses.</param>
public readonly record struct PartialRange(uint Origin, uint? Length)
{
    /// <summary>The wire form, <c>&lt;o.n&gt;</c> or <c>&lt;o&gt;</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Length is { } n ? $"<{Origin}.{n}>" : $"<{Origin}>";
}
