using System.Collections.Concurrent;
using System.Text;

namespace Imap4.Mime.Codecs;

/// <summary>Charset lookup (every charset <see cref="CodePagesEncodingProvider"/> knows) and tolerant byte-to-text decoding.</summary>
public static class Charsets
{
    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Latin-1, the fallback for bytes that are not valid UTF-8.</summary>
    public static Encoding Latin1 => Encoding.Latin1;

    /// <summary>The encoding for a MIME charset name, or null when unknown.</summary>
    /// <param name="charset">A charset name such as <c>utf-8</c>, <c>iso-8859-1</c>, <c>windows-1252</c>, <c>koi8-r</c>.</param>
    /// <returns>The encoding or null.</returns>
    public static Encoding? Find(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        string name = charset.Trim().Trim('"');
        // Names mail agents use that .NET spells differently.
        if (name.Equals("utf8", StringComparison.OrdinalIgnoreCase)) name = "utf-8";
        else if (name.Equals("latin1", StringComparison.OrdinalIgnoreCase)) name = "iso-8859-1";
        else if (name.StartsWith("x-", StringComparison.OrdinalIgnoreCase) && name.Length > 2 && FindExact(name) is null) name = name[2..];
        return FindExact(name);
    }

    /// <summary>
    /// <see cref="Find(string)"/> for a name inside other text, without allocating once a name has been seen: results
    /// are cached (case-insensitively), up to <see cref="MaxCachedNames"/> names so that hostile input cannot grow it.
    /// </summary>
    /// <param name="charset">The charset name.</param>
    /// <returns>The encoding or null.</returns>
    public static Encoding? Find(ReadOnlySpan<char> charset)
    {
        if (Lookup.TryGetValue(charset, out Encoding? cached)) return cached;
        string name = charset.ToString();
        Encoding? found = Find(name);
        if (Cache.Count < MaxCachedNames) Cache.TryAdd(name, found);
        return found;
    }

    /// <summary>How many distinct charset names <see cref="Find(ReadOnlySpan{char})"/> remembers.</summary>
    public const int MaxCachedNames = 256;

    private static readonly ConcurrentDictionary<string, Encoding?> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, Encoding?>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Encoding? FindExact(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decodes bytes in a charset; unknown charsets fall back to <see cref="DecodeRawHeader"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="charset">The charset name, or null.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        var encoding = Find(charset);
        if (encoding is null || encoding.CodePage == Encoding.ASCII.CodePage) return DecodeRawHeader(bytes);
        return encoding.GetString(bytes);
    }

    /// <summary>Decodes raw (unlabelled) header bytes: UTF-8 (RFC 6532) when valid, else Latin-1.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public static string DecodeRawHeader(ReadOnlySpan<byte> bytes)
    {
        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }
}
