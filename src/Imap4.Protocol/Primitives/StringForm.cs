namespace Imap4.Protocol.Primitives;

/// <summary>How a string value travels on the wire.</summary>
public enum StringForm
{
    /// <summary>The atom form of astring: ASTRING-CHARs only.</summary>
    Atom,

    /// <summary>A quoted string: <c>"..."</c> with <c>\"</c> and <c>\\</c> escapes; no CR, LF or NUL.</summary>
    Quoted,

    /// <summary>A synchronizing literal <c>{n}</c>: the client waits for "+" before the data.</summary>
    Literal,

    /// <summary>A non-synchronizing literal <c>{n+}</c> (LITERAL+ / LITERAL-, RFC 7888).</summary>
    NonSynchronizingLiteral,

    /// <summary>A literal8 <c>~{n}</c> (BINARY, RFC 3516): may contain NUL.</summary>
    Literal8,
}
