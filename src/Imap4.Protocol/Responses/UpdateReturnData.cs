using System.Collections.ObjectModel;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>ADDTO (pos set ...)</c> or <c>REMOVEFROM (pos set ...)</c>: changes to an updating context (RFC 5267).</summary>
public sealed record UpdateReturnData : SearchReturnData
{
    /// <summary>Creates the item.</summary>
    /// <param name="name">ADDTO or REMOVEFROM.</param>
    /// <param name="updates">At least one change.</param>
    /// <exception cref="ArgumentException">Another name, or no change.</exception>
    public UpdateReturnData(string name, IEnumerable<ResultUpdate> updates)
        : base(CheckName(name))
    {
        ArgumentNullException.ThrowIfNull(updates);
        ResultUpdate[] array = [.. updates];
        if (array.Length == 0) throw new ArgumentException("At least one update is needed.", nameof(updates));
        if (Array.Exists(array, static u => u.Messages is null)) throw new ArgumentException("An update has no messages.", nameof(updates));
        Updates = new ReadOnlyCollection<ResultUpdate>(array);
    }

    /// <summary>The changes, in order.</summary>
    public IReadOnlyList<ResultUpdate> Updates { get; }

    /// <summary>True for ADDTO, false for REMOVEFROM.</summary>
    public bool IsAddition => Name == "ADDTO";

    private static string CheckName(string name) =>
        name?.ToUpperInvariant() is "ADDTO" or "REMOVEFROM" ? name.ToUpperInvariant()
            : throw new ArgumentException("Expected ADDTO or REMOVEFROM.", nameof(name));

    /// <inheritdoc />
    public bool Equals(UpdateReturnData? other) => other is not null && Name == other.Name && Updates.SequenceEqual(other.Updates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Updates.Count, Updates[0]);

    /// <inheritdoc />
    private protected override void WriteValue(ImapWriter writer)
    {
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Updates.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteNumber(Updates[i].Position);
            writer.WriteSpace();
            writer.WriteSequenceSet(Updates[i].Messages);
        }
        writer.WriteByte((byte)')');
    }

    internal static UpdateReturnData ReadValue(ref ImapReader reader, string name)
    {
        reader.EnterList();
        var updates = new List<ResultUpdate>();
        do
        {
            uint position = reader.ReadNumber();
            reader.ReadSpace();
            updates.Add(new ResultUpdate(position, reader.ReadSequenceSet()));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new UpdateReturnData(name, updates);
    }
}
