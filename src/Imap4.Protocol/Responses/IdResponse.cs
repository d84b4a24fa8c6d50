using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* ID ("name" "value" ...)</c> or <c>* ID NIL</c> (RFC 2971): the server's identification.</summary>
public sealed record IdResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="fields">Field names and values (a value may be null, NIL), in order; null for <c>ID NIL</c>.</param>
    public IdResponse(IEnumerable<KeyValuePair<string, string?>>? fields)
    {
        if (fields is null) return;
        ValueList<KeyValuePair<string, string?>> list = ValueList<KeyValuePair<string, string?>>.Of(fields, nameof(fields));
        foreach (KeyValuePair<string, string?> f in list)
            if (f.Key is null) throw new ArgumentException("An ID field name cannot be null.", nameof(fields));
        Fields = list;
    }

    /// <summary><c>* ID NIL</c>: the server sends no identification.</summary>
    public static IdResponse Nil { get; } = new((IEnumerable<KeyValuePair<string, string?>>?)null);

    /// <summary>The fields in order, or null for NIL.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>>? Fields { get; }

    /// <summary>The value of a field (names compare case-insensitively), or null.</summary>
    /// <param name="name">The field name, e.g. <c>name</c> or <c>version</c>.</param>
    /// <returns>The value, or null when absent or NIL.</returns>
    public string? this[string name]
    {
        get
        {
            if (Fields is null) return null;
            foreach (KeyValuePair<string, string?> f in Fields)
                if (string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)) return f.Value;
            return null;
        }
    }

    /// <inheritdoc />
    public override string Keyword => "ID";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("ID "u8);
        if (Fields is null)
        {
            writer.WriteNil();
            return;
        }
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Fields.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteString(Fields[i].Key);
            writer.WriteSpace();
            writer.WriteNString(Fields[i].Value);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static IdResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        if (reader.TryReadNil()) return Nil;
        var fields = new List<KeyValuePair<string, string?>>();
        reader.EnterList();
        if (!reader.TryExitList())
        {
            do
            {
                string name = reader.ReadString();
                reader.ReadSpace();
                fields.Add(new(name, reader.ReadNString()));
            }
            while (reader.TryReadSpace());
            reader.ExitList();
        }
        return new IdResponse(fields);
    }
}
