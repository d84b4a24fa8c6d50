namespace Imap4.Protocol.Primitives;

/// <summary>A closed interval of numbers with <see cref="Lo"/> &lt;= <see cref="Hi"/>; the currency of <see cref="RangeMath"/>.</summary>
internal readonly record struct Interval(uint Lo, uint Hi)
{
    public long Length => (long)Hi - Lo + 1;
}
