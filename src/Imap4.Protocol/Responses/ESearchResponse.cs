using System.Collections.ObjectModel;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* ESEARCH [(TAG "t")] [UID] item...</c>: the result of SEARCH or SORT with RETURN options (RFC 4731, 5267,
/// 9051, 9394). Items keep the order sent; <see cref="Min"/>, <see cref="Max"/>, <see cref="Count"/>, <see cref="All"/>,
/// <see cref="ModSeq"/> and <see cref="Partial"/> find them by name.
/// </summary>
public sealed record ESearchResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="tag">The tag of the command it answers (search-correlator), or null.</param>
    /// <param name="isUid">True when the numbers are UIDs.</param>
    /// <param name="data">The items, in order (may be empty: nothing matched).</param>
    public ESearchResponse(string? tag, bool isUid, IEnumerable<SearchReturnData> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (tag is not null && (tag.Length == 0 || tag.Contains('\r', StringComparison.Ordinal) || tag.Contains('\n', StringComparison.Ordinal) || tag.Contains('\0', StringComparison.Ordinal)))
            throw new ArgumentException($"'{tag}' cannot be sent as a tag-string.", nameof(tag));
        SearchReturnData[] array = [.. data];
        if (Array.Exists(array, static d => d is null)) throw new ArgumentException("An item is null.", nameof(data));
        Tag = tag;
        IsUid = isUid;
        Data = new ReadOnlyCollection<SearchReturnData>(array);
    }

    /// <summary>The tag of the command it answers, or null.</summary>
    public string? Tag { get; }

    /// <summary>True when the numbers are UIDs.</summary>
    public bool IsUid { get; }

    /// <summary>The items, in the order sent.</summary>
    public IReadOnlyList<SearchReturnData> Data { get; }

    /// <inheritdoc />
    public override string Keyword => "ESEARCH";

    /// <summary>MIN, or null.</summary>
    public uint? Min => Find<NumberReturnData>("MIN") is { } d ? (uint)d.Value : null;

    /// <summary>MAX, or null.</summary>
    public uint? Max => Find<NumberReturnData>("MAX") is { } d ? (uint)d.Value : null;

    /// <summary>COUNT, or null.</summary>
    public uint? Count => Find<NumberReturnData>("COUNT") is { } d ? (uint)d.Value : null;

    /// <summary>MODSEQ, or null.</summary>
    public ulong? ModSeq => Find<NumberReturnData>("MODSEQ")?.Value;

    /// <summary>ALL, or null (also when nothing matched).</summary>
    public SequenceSet? All => Find<SetReturnData>("ALL")?.Set;

    /// <summary>PARTIAL, or null.</summary>
    public PartialReturnData? Partial => Find<PartialReturnData>("PARTIAL");

    /// <summary>The first item of a name and type, or null.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="name">The name, upper case.</param>
    /// <returns>The item.</returns>
    public T? Find<T>(string name) where T : SearchReturnData
    {
        foreach (SearchReturnData d in Data)
            if (d is T t && d.Name == name) return t;
        return null;
    }

    /// <inheritdoc />
    public bool Equals(ESearchResponse? other) =>
        other is not null && Tag == other.Tag && IsUid == other.IsUid && Data.SequenceEqual(other.Data);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tag, IsUid, Data.Count);

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteRaw("ESEARCH"u8);
        if (Tag is not null)
        {
            writer.WriteRaw(" (TAG "u8);
            writer.WriteString(Tag);
            writer.WriteByte((byte)')');
        }
        if (IsUid) writer.WriteRaw(" UID"u8);
        foreach (SearchReturnData d in Data)
        {
            writer.WriteSpace();
            d.Write(writer);
        }
    }

    /// <summary>Reads the data after <c>ESEARCH</c>. A trailing SP is tolerated.</summary>
    internal static ESearchResponse Parse(ref ImapReader reader, uint number)
    {
        string? tag = null;
        bool isUid = false;
        var data = new List<SearchReturnData>();
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine)
        {
            bool atStart = data.Count == 0 && !isUid;
            if (atStart && tag is null && reader.TryEnterList())
            {
                reader.ExpectKeyword("TAG"u8);
                reader.ReadSpace();
                tag = reader.ReadAString();
                reader.ExitList();
            }
            else if (data.Count == 0 && !isUid && reader.TryReadKeyword("UID"u8)) isUid = true;
            else data.Add(SearchReturnData.Read(ref reader));
        }
        return new ESearchResponse(tag, isUid, data);
    }
}
