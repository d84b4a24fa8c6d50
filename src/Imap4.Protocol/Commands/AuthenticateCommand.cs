using System.Buffers;
using System.Buffers.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>AUTHENTICATE mechanism [initial-response]</c> (RFC 9051 section 6.2.2). The optional initial response is the
/// SASL-IR extension (RFC 4959): held here as the decoded bytes, written in base64, with an empty response written as
/// <c>=</c>. The later challenge/response lines are not part of the command.
/// </summary>
public sealed record AuthenticateCommand : ImapCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="mechanism">The SASL mechanism name, e.g. <c>PLAIN</c>; stored in upper case.</param>
    /// <param name="initialResponse">The SASL-IR initial response, or null to send none.</param>
    /// <exception cref="ArgumentException">The mechanism is not an atom.</exception>
    public AuthenticateCommand(string mechanism, ReadOnlyMemory<byte>? initialResponse = null)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        if (!ImapChars.IsAtom(mechanism)) throw new ArgumentException($"'{mechanism}' is not a mechanism name.", nameof(mechanism));
        Mechanism = mechanism.ToUpperInvariant();
        InitialResponse = initialResponse;
    }

    /// <summary>The SASL mechanism, upper case.</summary>
    public string Mechanism { get; }

    /// <summary>The initial response (decoded), or null when none is sent. Empty is sent as <c>=</c>.</summary>
    public ReadOnlyMemory<byte>? InitialResponse { get; }

    /// <inheritdoc/>
    public override string Name => "AUTHENTICATE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteRaw(Mechanism);
        if (InitialResponse is not { } response) return;
        writer.WriteSpace();
        if (response.IsEmpty)
        {
            writer.WriteByte((byte)'=');
            return;
        }
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(response.Length));
        try
        {
            Base64.EncodeToUtf8(response.Span, buffer, out _, out int written);
            writer.WriteRaw(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Shows the mechanism and the initial response's length only: it usually carries credentials.</summary>
    /// <returns>A loggable description.</returns>
    public override string ToString() =>
        $"AuthenticateCommand {{ Name = AUTHENTICATE, Mechanism = {Mechanism}, InitialResponse = {(InitialResponse is { } r ? $"<{r.Length} bytes>" : "null")} }}";

    /// <inheritdoc/>
    public bool Equals(AuthenticateCommand? other) =>
        other is not null && Mechanism == other.Mechanism && ValueEquality.Equal(InitialResponse, other.InitialResponse);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mechanism, ValueEquality.Hash(InitialResponse));

    internal static AuthenticateCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        string mechanism = reader.ReadAtom();
        if (!reader.TryReadSpace()) return new AuthenticateCommand(mechanism);
        long start = reader.Position;
        ReadOnlySpan<byte> text = reader.ReadAtomSpan();
        return new AuthenticateCommand(mechanism, DecodeInitialResponse(text, start));
    }

    /// <summary>initial-resp: base64 or "=" for an empty response (RFC 4959 section 3).</summary>
    private static byte[] DecodeInitialResponse(ReadOnlySpan<byte> text, long start)
    {
        if (text.Length == 1 && text[0] == '=') return [];
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        OperationStatus status = Base64.DecodeFromUtf8(text, decoded, out int consumed, out int written);
        if (status != OperationStatus.Done)
            throw new ImapParseException(start + consumed, "initial response is not valid base64");
        return decoded.AsSpan(0, written).ToArray();
    }
}
