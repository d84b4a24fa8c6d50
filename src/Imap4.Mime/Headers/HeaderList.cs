using System.Collections;

namespace Imap4.Mime.Headers;

/// <summary>The header fields of a message or body part, in order; names compare case-insensitively.</summary>
public sealed class HeaderList : IReadOnlyList<HeaderField>
{
    private readonly List<HeaderField> _fields;

    internal HeaderList(List<HeaderField> fields) => _fields = fields;

    /// <summary>An empty header.</summary>
    public static HeaderList Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _fields.Count;

    /// <inheritdoc />
    public HeaderField this[int index] => _fields[index];

    /// <summary>The first field with this name, or null.</summary>
    /// <param name="name">Field name, any case.</param>
    /// <returns>The field or null.</returns>
    public HeaderField? Get(string name)
    {
        foreach (var f in _fields)
            if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) return f;
        return null;
    }

    /// <summary>Every field with this name, in order.</summary>
    /// <param name="name">Field name, any case.</param>
    /// <returns>The fields.</returns>
    public IReadOnlyList<HeaderField> GetAll(string name)
    {
        var result = new List<HeaderField>();
        foreach (var f in _fields)
            if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) result.Add(f);
        return result;
    }

    /// <summary>The decoded value of the first field with this name, or null.</summary>
    /// <param name="name">Field name, any case.</param>
    /// <returns>The value or null.</returns>
    public string? this[string name] => Get(name)?.DecodedValue;

    /// <inheritdoc />
    public IEnumerator<HeaderField> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
