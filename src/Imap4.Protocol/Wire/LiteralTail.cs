namespace Imap4.Protocol.Wire;

/// <summary>
/// Recognises a literal announcement at the end of a line, one byte at a time: <c>[~] "{" 1*DIGIT ["+"] "}"</c>.
/// The size is accumulated with saturation against the limit, so any number of digits neither overflows nor allocates.
/// </summary>
internal struct LiteralTail
{
    private enum Step : byte { None, Open, Digits, Plus, Closed }

    private Step _step;

    /// <summary>Whether nothing but a possible announcement start matters: the scanner may skip ordinary bytes.</summary>
    public readonly bool IsIdle => _step == Step.None;

    /// <summary>True when the last byte fed closed an announcement: a line end now makes it a literal.</summary>
    public readonly bool IsClosed => _step == Step.Closed;

    /// <summary>The announced size (meaningless when <see cref="TooLarge"/>).</summary>
    public long Size { get; private set; }

    /// <summary>The digits exceed the limit.</summary>
    public bool TooLarge { get; private set; }

    /// <summary>The announcement is <c>~{</c>: literal8.</summary>
    public bool Binary { get; private set; }

    /// <summary>No <c>+</c>: the peer waits for a continuation.</summary>
    public bool Synchronizing { get; private set; }

    /// <summary>Position of the <c>{</c>.</summary>
    public long OpenPosition { get; private set; }

    /// <summary>Forgets any partial announcement (a new line starts).</summary>
    public void Clear() => _step = Step.None;

    /// <summary>Feeds one line byte (never CR or LF).</summary>
    public void Feed(byte b, byte previous, long position, long maxSize)
    {
        if (b == (byte)'{')
        {
            _step = Step.Open;
            Binary = previous == (byte)'~';
            OpenPosition = position;
            Size = 0;
            TooLarge = false;
            return;
        }
        _step = _step switch
        {
            Step.Open or Step.Digits when IsDigit(b) => AddDigit(b, maxSize),
            Step.Digits when b == (byte)'+' => Step.Plus,
            Step.Digits when b == (byte)'}' => Close(synchronizing: true),
            Step.Plus when b == (byte)'}' => Close(synchronizing: false),
            _ => Step.None,
        };
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private Step AddDigit(byte b, long maxSize)
    {
        int d = b - '0';
        // Saturate: once over the limit the value no longer matters, only that it is too large.
        if (!TooLarge && (Size > maxSize / 10 || Size * 10 > maxSize - d)) TooLarge = true;
        else if (!TooLarge) Size = Size * 10 + d;
        return Step.Digits;
    }

    private Step Close(bool synchronizing)
    {
        Synchronizing = synchronizing;
        return Step.Closed;
    }
}
