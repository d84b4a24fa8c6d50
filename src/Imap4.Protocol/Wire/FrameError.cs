namespace Imap4.Protocol.Wire;

/// <summary>Why <see cref="ImapFramer.Decode"/> answered <see cref="FrameStatus.Bad"/>.</summary>
public enum FrameError
{
    /// <summary>No error.</summary>
    None,

    /// <summary>A line (CRLF included) is longer than <see cref="ImapLimits.MaxLineLength"/>.</summary>
    LineTooLong,

    /// <summary>An announced literal is larger than <see cref="ImapLimits.MaxLiteralSize"/> (however many digits it has).</summary>
    LiteralTooLarge,

    /// <summary>
    /// The frame (lines plus accepted literals) would be larger than <see cref="ImapLimits.MaxFrameSize"/>: while
    /// scanning a line, or when <see cref="ImapFramer.AcceptLiteral"/> was called for a literal that does not fit.
    /// </summary>
    FrameTooLarge,

    /// <summary>Parentheses (outside quoted strings) nest deeper than <see cref="ImapLimits.MaxNestingDepth"/>.</summary>
    NestingTooDeep,

    /// <summary>The frame announces more than <see cref="ImapLimits.MaxLiteralsPerFrame"/> literals.</summary>
    TooManyLiterals,

    /// <summary>A NUL byte in a line (outside literals), which no IMAP rule allows.</summary>
    NulInLine,

    /// <summary>A LF not preceded by CR, when the framer was not told to tolerate bare line feeds.</summary>
    BareLineFeed,

    /// <summary>A CR not followed by LF.</summary>
    BareCarriageReturn,
}
