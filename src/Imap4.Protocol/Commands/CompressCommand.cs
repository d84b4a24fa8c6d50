using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>COMPRESS (RFC 4978): <c>COMPRESS DEFLATE</c> starts compression of both directions.</summary>
/// <param name="Algorithm">The algorithm, an atom; <c>DEFLATE</c> is the only one defined. Upper case.</param>
public sealed record CompressCommand(string Algorithm) : ImapCommand
{
    /// <summary><c>COMPRESS DEFLATE</c>.</summary>
    public static CompressCommand Deflate { get; } = new("DEFLATE");

    /// <summary>The algorithm, upper-cased.</summary>
    public string Algorithm { get; init => field = Check(value); } = Check(Algorithm);

    private static string Check(string algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        if (!ImapChars.IsAtom(algorithm)) throw new ArgumentException($"'{algorithm}' is not an atom", nameof(algorithm));
        return algorithm.ToUpperInvariant();
    }

    /// <inheritdoc />
    public override string Name => "COMPRESS";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteRaw(Algorithm);
    }

    /// <summary>Reads <c>SP algorithm</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static CompressCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.TryReadKeyword("DEFLATE"u8)) return Deflate;
        return new CompressCommand(reader.ReadAtom());
    }
}
