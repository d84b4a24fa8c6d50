using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>ENABLE (RFC 5161, RFC 9051 section 6.3.1): <c>ENABLE capability...</c>, e.g. <c>ENABLE CONDSTORE UTF8=ACCEPT</c>.</summary>
/// <param name="Capabilities">The extensions to enable (at least one).</param>
public sealed record EnableCommand(IReadOnlyList<Capability> Capabilities) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "ENABLE";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Capabilities);
        if (Capabilities.Count == 0) throw new InvalidOperationException("ENABLE needs at least one capability");
        foreach (Capability c in Capabilities)
        {
            ArgumentNullException.ThrowIfNull(c);
            writer.WriteSpace();
            writer.WriteRaw(c.Text);
        }
    }

    /// <summary>Reads <c>1*(SP capability)</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static EnableCommand Parse(ref ImapReader reader, bool isUid)
    {
        var capabilities = new List<Capability>();
        do
        {
            reader.ReadSpace();
            long start = reader.Position;
            ReadOnlySpan<byte> atom = reader.ReadAtomSpan();
            try
            {
                capabilities.Add(Capability.Parse(atom));
            }
            catch (ImapParseException e)
            {
                throw new ImapParseException(start + Math.Max(0, e.Position), e.Reason);
            }
        }
        while (!reader.IsAtEndOfLine);
        return new EnableCommand(capabilities);
    }

    /// <inheritdoc />
    public bool Equals(EnableCommand? other) => other is not null && ValueEquality.Equal(Capabilities, other.Capabilities);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.Hash(Capabilities);
}
