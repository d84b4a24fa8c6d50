using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary><c>EMAILID objectid</c> or <c>THREADID objectid</c> (RFC 8474).</summary>
/// <param name="Field">Which key.</param>
/// <param name="Id">The object id: 1 to 255 of letters, digits, "_" and "-".</param>
public sealed record ObjectIdSearchKey(ObjectIdField Field, string Id) : SearchKey
{
    /// <summary>Which key.</summary>
    public ObjectIdField Field { get; } = Enum.IsDefined(Field) ? Field : throw new ArgumentOutOfRangeException(nameof(Field));

    /// <summary>The object id.</summary>
    public string Id { get; } = IsObjectId(Id) ? Id : throw new ArgumentException($"'{Id}' is not an objectid.", nameof(Id));

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <summary>objectid = 1*255(ALPHA / DIGIT / "_" / "-").</summary>
    internal static bool IsObjectId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > 255) return false;
        foreach (char c in id)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return false;
        return true;
    }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, SearchKeyNames.ObjectId[(int)Field]);
        writer.WriteRaw(Id);
    }
}
