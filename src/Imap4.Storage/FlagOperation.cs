namespace Imap4.Storage;

/// <summary>How STORE changes flags.</summary>
public enum FlagOperation
{
    /// <summary><c>FLAGS</c>: replace the flags.</summary>
    Replace,

    /// <summary><c>+FLAGS</c>: add the flags.</summary>
    Add,

    /// <summary><c>-FLAGS</c>: remove the flags.</summary>
    Remove,
}
