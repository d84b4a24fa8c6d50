using System.Globalization;

namespace Imap4.LoadTest;

/// <summary>Options as <c>--name value</c> pairs after the mode.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            _values[args[i][2..]] = args[++i];
        }
    }

    public int Number(string name, int fallback) => _values.TryGetValue(name, out string? v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public int[] Numbers(string name, int[] fallback) =>
        _values.TryGetValue(name, out string? v) ? [.. v.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : fallback;

    public string[] Strings(string name, string[] fallback) => _values.TryGetValue(name, out string? v) ? v.Split(',') : fallback;
}
