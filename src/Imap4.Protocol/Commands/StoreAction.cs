namespace Imap4.Protocol.Commands;

/// <summary>How a STORE (or SETACL) applies its values: replace, add (<c>+</c>) or remove (<c>-</c>).</summary>
public enum StoreAction
{
    /// <summary>Replace the current values (no prefix).</summary>
    Replace,

    /// <summary>Add to the current values (<c>+</c>).</summary>
    Add,

    /// <summary>Remove from the current values (<c>-</c>).</summary>
    Remove,
}
