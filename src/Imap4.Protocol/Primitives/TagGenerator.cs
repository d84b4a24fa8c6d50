using System.Globalization;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// Generates command tags the way Python's imaplib does: a prefix of four letters from <c>A</c>..<c>P</c>, chosen at
/// random per connection, followed by an increasing decimal number (<c>JKLM0</c>, <c>JKLM1</c>, ...). Thread-safe.
/// </summary>
public sealed class TagGenerator
{
    private readonly string _prefix;
    private long _next;

    /// <summary>Creates a generator with a random four-letter prefix, numbering from 0.</summary>
    public TagGenerator() : this(ToLetters((uint)Random.Shared.Next(0x1000, 0x10000))) { }

    /// <summary>Creates a generator with a fixed prefix (useful for tests and transcripts).</summary>
    /// <param name="prefix">Tag prefix; must itself be a valid tag.</param>
    /// <param name="start">First number to append.</param>
    /// <exception cref="ArgumentException">The prefix is not a valid tag.</exception>
    public TagGenerator(string prefix, uint start = 0)
    {
        _prefix = new Tag(prefix).Value;
        _next = start;
    }

    /// <summary>The prefix shared by every tag of this generator.</summary>
    public string Prefix => _prefix;

    /// <summary>Returns the next tag.</summary>
    public Tag Next()
    {
        long n = Interlocked.Increment(ref _next) - 1;
        return new Tag(_prefix + n.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Writes <paramref name="value"/> in base 16 with the letters <c>A</c>..<c>P</c> as digits (imaplib's <c>Int2AP</c>):
    /// 0 is <c>A</c>, 15 is <c>P</c>, 16 is <c>BA</c>. Unlike imaplib, 0 gives <c>"A"</c> rather than an empty string.
    /// </summary>
    /// <param name="value">The number to write.</param>
    public static string ToLetters(uint value)
    {
        Span<char> buffer = stackalloc char[8];
        int pos = buffer.Length;
        do
        {
            buffer[--pos] = (char)('A' + (int)(value & 0xF));
            value >>= 4;
        }
        while (value != 0);
        return new string(buffer[pos..]);
    }
}
