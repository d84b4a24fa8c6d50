using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// body-extension: extension data after the fields this library knows, kept as sent so that it writes back unchanged
/// (RFC 9051: <c>nstring / number64 / "(" body-extension *(SP body-extension) ")"</c>).
/// </summary>
public sealed class BodyExtension : IEquatable<BodyExtension>
{
    private static readonly BodyExtension[] NoItems = [];

    /// <summary>NIL.</summary>
    public static BodyExtension Nil { get; } = new(BodyExtensionKind.Nil, null, 0, NoItems);

    private BodyExtension(BodyExtensionKind kind, string? text, ulong number, IReadOnlyList<BodyExtension> items)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Items = items;
    }

    /// <summary>A string value (NIL when null).</summary>
    /// <param name="text">The string.</param>
    public BodyExtension(string? text)
        : this(text is null ? BodyExtensionKind.Nil : BodyExtensionKind.Text, text, 0, NoItems)
    {
    }

    /// <summary>A number value.</summary>
    /// <param name="number">The number (at most 2^63-1).</param>
    public BodyExtension(ulong number)
        : this(BodyExtensionKind.Number, null, number, NoItems)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, (ulong)long.MaxValue);
    }

    /// <summary>A list value.</summary>
    /// <param name="items">The list's values (at least one).</param>
    public BodyExtension(IReadOnlyList<BodyExtension> items)
        : this(BodyExtensionKind.List, null, 0, items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0) throw new ArgumentException("a body-extension list has at least one value", nameof(items));
    }

    /// <summary>Which form the value has.</summary>
    public BodyExtensionKind Kind { get; }

    /// <summary>The string, for <see cref="BodyExtensionKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The number, for <see cref="BodyExtensionKind.Number"/>.</summary>
    public ulong Number { get; }

    /// <summary>The values, for <see cref="BodyExtensionKind.List"/>; empty otherwise.</summary>
    public IReadOnlyList<BodyExtension> Items { get; }

    /// <summary>Reads one body-extension.</summary>
    internal static BodyExtension Read(ref ImapReader reader)
    {
        if (reader.TryEnterList())
        {
            var items = new ListBuilder<BodyExtension>();
            do
            {
                items.Add(Read(ref reader));
            }
            while (reader.TryReadSpace());
            reader.ExitList();
            return new BodyExtension(BodyExtensionKind.List, null, 0, items.ToArray());
        }
        if (ImapChars.IsDigit(reader.Peek())) return new BodyExtension(reader.ReadNumber64());
        string? text = FetchStrings.ReadNString(ref reader, intern: true);
        return text is null ? Nil : new BodyExtension(text);
    }

    /// <summary>Writes the value in its wire form.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case BodyExtensionKind.Nil: writer.WriteNil(); break;
            case BodyExtensionKind.Text: writer.WriteString(Text!); break;
            case BodyExtensionKind.Number: writer.WriteNumber(Number); break;
            default:
                writer.WriteByte((byte)'(');
                for (int i = 0; i < Items.Count; i++)
                {
                    if (i > 0) writer.WriteSpace();
                    Items[i].Write(writer);
                }
                writer.WriteByte((byte)')');
                break;
        }
    }

    /// <inheritdoc />
    public bool Equals(BodyExtension? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Number == other.Number
        && ValueEquality.Equal(Items, other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BodyExtension);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Text, Number, ValueEquality.Hash(Items));

    /// <summary>The wire form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FetchText.Of(Write);
}
