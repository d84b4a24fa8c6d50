using System.Buffers;

namespace Imap4.Mime.Codecs;

/// <summary>A growable char buffer rented from the shared pool: builds one string without intermediate copies.</summary>
internal ref struct PooledChars
{
    private char[] _array;
    private int _length;

    public PooledChars(int capacity) => _array = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    public void Append(char c)
    {
        Reserve(1)[0] = c;
        _length++;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        _length += text.Length;
    }

    /// <summary>Room for at least <paramref name="count"/> more chars; <see cref="Advance"/> commits what was written.</summary>
    public Span<char> Reserve(int count)
    {
        if (_array.Length - _length < count)
        {
            char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_array.Length * 2, _length + count));
            _array.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_array);
            _array = larger;
        }
        return _array.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public override readonly string ToString() => new(_array, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_array);
        _array = [];
    }
}
