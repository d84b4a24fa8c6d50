using System.Globalization;

namespace Imap4.Cli.Config;

/// <summary>
/// An INI file read the way Python's ConfigParser reads IMAPClient's configuration: <c>[section]</c> headers,
/// <c>key = value</c> or <c>key: value</c>, <c>#</c>/<c>;</c> comment lines, indented continuation lines, keys
/// case-insensitive, and every section inheriting the keys of <c>[DEFAULT]</c>.
/// </summary>
internal sealed class IniDocument
{
    /// <summary>The section whose keys every other section inherits.</summary>
    public const string DefaultSection = "DEFAULT";

    /// <summary>The longest file accepted, in characters (a configuration file is small; this bounds memory).</summary>
    public const int MaxLength = 1024 * 1024;

    private readonly Dictionary<string, Dictionary<string, string>> _sections;

    private IniDocument(Dictionary<string, Dictionary<string, string>> sections) => _sections = sections;

    /// <summary>The named sections, in file order (without <c>[DEFAULT]</c>).</summary>
    public IReadOnlyList<string> SectionNames => [.. _sections.Keys.Where(k => k != DefaultSection)];

    /// <summary>Whether the file has <paramref name="section"/> (<c>DEFAULT</c> always exists).</summary>
    /// <param name="section">The section name (case-sensitive, as in ConfigParser).</param>
    /// <returns>True when present.</returns>
    public bool HasSection(string section) => section == DefaultSection || _sections.ContainsKey(section);

    /// <summary>A key's value in a section, falling back to <c>[DEFAULT]</c>.</summary>
    /// <param name="section">The section.</param>
    /// <param name="key">The key (case-insensitive).</param>
    /// <returns>The value, or null when neither the section nor <c>[DEFAULT]</c> has the key.</returns>
    public string? Get(string section, string key)
    {
        if (_sections.TryGetValue(section, out Dictionary<string, string>? own) && own.TryGetValue(key, out string? value)) return value;
        return _sections.TryGetValue(DefaultSection, out Dictionary<string, string>? inherited) && inherited.TryGetValue(key, out value) ? value : null;
    }

    /// <summary>Parses INI text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="FormatException">A line that is not a section, key/value, comment or continuation; a
    /// duplicate section or key; or a file over <see cref="MaxLength"/>.</exception>
    public static IniDocument Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength) throw new FormatException($"{source}: larger than {MaxLength} characters (IniDocument.MaxLength).");
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        string? lastKey = null;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            string where = string.Create(CultureInfo.InvariantCulture, $"{source}:{i + 1}");
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                lastKey = trimmed.Length == 0 ? null : lastKey;
                continue;
            }
            if (char.IsWhiteSpace(line[0]) && current is not null && lastKey is not null)
            {
                current[lastKey] += "\n" + trimmed; // ConfigParser's multi-line value
                continue;
            }
            if (trimmed[0] == '[')
            {
                current = StartSection(sections, trimmed, where);
                lastKey = null;
                continue;
            }
            if (current is null) throw new FormatException($"{where}: a key before any [section] header (IMAPClient files start with [DEFAULT]).");
            lastKey = AddKey(current, trimmed, where);
        }
        return new IniDocument(sections);
    }

    private static Dictionary<string, string> StartSection(Dictionary<string, Dictionary<string, string>> sections, string line, string where)
    {
        if (line[^1] != ']' || line.Length < 3) throw new FormatException($"{where}: a section header must look like [name].");
        string name = line[1..^1].Trim();
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return sections.TryAdd(name, keys) ? keys : throw new FormatException($"{where}: section [{name}] appears twice.");
    }

    private static string AddKey(Dictionary<string, string> section, string line, string where)
    {
        int separator = line.IndexOfAny(['=', ':']);
        if (separator <= 0) throw new FormatException($"{where}: expected 'key = value', got '{line}'.");
        string key = line[..separator].Trim().ToLowerInvariant();
        string value = line[(separator + 1)..].Trim();
        return section.TryAdd(key, value) ? key : throw new FormatException($"{where}: key '{key}' appears twice in its section.");
    }
}
