using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Imap4.Cli.Shell;

/// <summary>
/// Renders a result readably: strings and characters as C# literals, collections as <c>[a, b]</c>, dictionaries as
/// <c>{ k: v }</c>, records and plain objects as <c>Type { Property = value }</c> (null properties left out), and
/// types with their own <c>ToString</c> (flags, UID sets, FETCH results) by it.
/// </summary>
internal static class ShellRenderer
{
    /// <summary>The most items of one collection rendered; the rest are counted.</summary>
    public const int MaxItems = 100;

    /// <summary>How deep nested objects are expanded.</summary>
    public const int MaxDepth = 4;

    /// <summary>A top-level collection longer than this (in characters) is rendered one item per line.</summary>
    public const int MaxLineLength = 100;

    /// <summary>The most bytes of a byte buffer shown as text.</summary>
    public const int MaxBytesShown = 200;

    /// <summary>Renders a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Render(object? value)
    {
        if (value is IEnumerable items && value is not string and not IDictionary && Items(items) is { Count: > 1 } list)
        {
            string flat = RenderValue(value, 0);
            if (flat.Length <= MaxLineLength) return flat;
            string more = More(items);
            return "[\n" + string.Join(",\n", list.Select(i => "  " + RenderValue(i, 1))) + (more.Length > 0 ? "\n  " + more[2..] : "") + "\n]";
        }
        return RenderValue(value, 0);
    }

    private static string RenderValue(object? value, int depth) => value switch
    {
        null => "null",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char ch => SymbolDisplay.FormatLiteral(ch, quote: true),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        byte[] bytes => Bytes(bytes),
        ReadOnlyMemory<byte> memory => Bytes(memory.Span),
        Memory<byte> memory => Bytes(memory.Span),
        IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateTime or DateTimeOffset or TimeSpan or Guid =>
            formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dictionary => Dictionary(dictionary, depth),
        IEnumerable items => "[" + string.Join(", ", Items(items).Select(i => RenderValue(i, depth + 1))) + More(items) + "]",
        _ => HasOwnToString(value.GetType()) && !IsAnonymous(value.GetType()) ? value.ToString() ?? "" : Properties(value, depth),
    };

    private static List<object?> Items(IEnumerable items) => [.. items.Cast<object?>().Take(MaxItems)];

    private static string More(IEnumerable items) =>
        items is ICollection { Count: > MaxItems } collection ? string.Create(CultureInfo.InvariantCulture, $", … ({collection.Count - MaxItems} more)") : "";

    private static string Dictionary(IDictionary dictionary, int depth)
    {
        var parts = new List<string>();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (parts.Count == MaxItems) break;
            parts.Add($"{RenderValue(entry.Key, depth + 1)}: {RenderValue(entry.Value, depth + 1)}");
        }
        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }

    // new { a = 1 } renders as { a = 1 }, with strings quoted like everything else.
    private static bool IsAnonymous(Type type) => type.Name.StartsWith("<>", StringComparison.Ordinal) && type.IsDefined(typeof(CompilerGeneratedAttribute));

    private static string Properties(object value, int depth)
    {
        Type type = value.GetType();
        string name = IsAnonymous(type) ? "" : type.Name + " ";
        if (depth >= MaxDepth) return name + "{ … }";
        var parts = new List<string>();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            object? item;
            try
            {
                item = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue; // A property that throws (e.g. not valid in this state) is not part of the picture.
            }
            if (item is not null) parts.Add($"{property.Name} = {RenderValue(item, depth + 1)}");
        }
        return parts.Count == 0 ? name + "{}" : name + "{ " + string.Join(", ", parts) + " }";
    }

    // A ToString written by hand says more than the property list; a record's generated one renders collections
    // as type names, so records get the property rendering.
    private static bool HasOwnToString(Type type)
    {
        MethodInfo? toString = type.GetMethod(nameof(ToString), Type.EmptyTypes);
        return toString is not null && toString.DeclaringType != typeof(object) && toString.DeclaringType != typeof(ValueType)
            && toString.GetCustomAttribute<CompilerGeneratedAttribute>() is null;
    }

    private static string Bytes(ReadOnlySpan<byte> bytes)
    {
        string text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, MaxBytesShown)]);
        string shown = SymbolDisplay.FormatLiteral(text, quote: true) + (bytes.Length > MaxBytesShown ? "…" : "");
        return string.Create(CultureInfo.InvariantCulture, $"bytes[{bytes.Length}] {shown}");
    }
}
