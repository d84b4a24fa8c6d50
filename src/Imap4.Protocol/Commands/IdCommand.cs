using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// ID (RFC 2971): <c>ID NIL</c> or <c>ID ("name" "value" ...)</c>, the client's implementation details.
/// Field names are strings and values nstrings; field names are accepted as astrings too (some clients send atoms).
/// </summary>
/// <param name="Parameters">Field/value pairs in order, or null for NIL.</param>
public sealed record IdCommand(IReadOnlyList<KeyValuePair<string, string?>>? Parameters) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "ID";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        if (Parameters is null)
        {
            writer.WriteNil();
            return;
        }
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Parameters.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(Parameters[i].Key);
            if (i > 0) writer.WriteSpace();
            writer.WriteString(Parameters[i].Key);
            writer.WriteSpace();
            writer.WriteNString(Parameters[i].Value);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads <c>SP id_params_list</c>: NIL or <c>"(" [string SP nstring *(SP string SP nstring)] ")"</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static IdCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.TryReadNil()) return new IdCommand((IReadOnlyList<KeyValuePair<string, string?>>?)null);
        reader.EnterList();
        var parameters = new List<KeyValuePair<string, string?>>();
        if (reader.TryExitList()) return new IdCommand(parameters);
        do
        {
            string key = reader.ReadAString();
            reader.ReadSpace();
            parameters.Add(new(key, reader.ReadNString()));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new IdCommand(parameters);
    }

    /// <inheritdoc />
    public bool Equals(IdCommand? other) => other is not null && ValueEquality.Equal(Parameters, other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.Hash(Parameters);
}
