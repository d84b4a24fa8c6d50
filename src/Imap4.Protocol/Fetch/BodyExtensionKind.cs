namespace Imap4.Protocol.Fetch;

/// <summary>The form of a <see cref="BodyExtension"/> value.</summary>
public enum BodyExtensionKind
{
    /// <summary>NIL.</summary>
    Nil,

    /// <summary>A string (quoted or literal).</summary>
    Text,

    /// <summary>A number (number64).</summary>
    Number,

    /// <summary>A parenthesised list of further values.</summary>
    List,
}
