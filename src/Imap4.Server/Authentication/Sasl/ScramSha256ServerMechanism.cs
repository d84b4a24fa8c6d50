using System.Security.Cryptography;
using System.Text;

namespace Imap4.Server.Authentication.Sasl;

/// <summary>
/// SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding, checked against the stored keys only. Unknown users get
/// a made-up salt and fail at the proof, so the exchange does not reveal which names exist.
/// </summary>
internal sealed class ScramSha256ServerMechanism(IUserDirectory users) : SaslServerMechanism(users)
{
    private string _gs2Header = "";
    private string _clientFirstBare = "";
    private string _serverFirst = "";
    private string _nonce = "";
    private string _userName = "";
    private ScramCredential? _credential;
    private bool _finalSent;

    public override string Name => SaslMechanisms.ScramSha256;

    public override ValueTask<SaslStep> StartAsync(ReadOnlyMemory<byte>? initialResponse, CancellationToken cancellationToken) =>
        initialResponse is { } ir ? StepAsync(ir, cancellationToken) : ValueTask.FromResult(SaslStep.Continue([]));

    public override ValueTask<SaslStep> StepAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        if (_finalSent) return ValueTask.FromResult(response.IsEmpty ? SaslStep.Success(new ImapUser(_userName)) : SaslStep.Invalid("Expected an empty response."));
        return _serverFirst.Length == 0 ? ClientFirstAsync(response, cancellationToken) : ValueTask.FromResult(ClientFinal(response));
    }

    private async ValueTask<SaslStep> ClientFirstAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        string message = Encoding.UTF8.GetString(response.Span);
        // gs2-header: "n" or "y" (no channel binding), then an optional "a=authzid", then the bare message.
        if (message.Length < 3 || message[0] is not ('n' or 'y') || message[1] != ',') return SaslStep.Invalid("Channel binding is not supported.");
        int second = message.IndexOf(',', 2);
        if (second < 0) return SaslStep.Invalid("Malformed SCRAM client-first message.");
        string authzid = message[2..second];
        _gs2Header = message[..(second + 1)];
        _clientFirstBare = message[(second + 1)..];
        string[] parts = _clientFirstBare.Split(',');
        if (parts.Length < 2 || !parts[0].StartsWith("n=", StringComparison.Ordinal) || !parts[1].StartsWith("r=", StringComparison.Ordinal) || parts[1].Length < 3)
            return SaslStep.Invalid("Malformed SCRAM client-first message.");
        _userName = UnescapeName(parts[0][2..]);
        if (_userName.Length == 0) return SaslStep.Invalid("Malformed SCRAM user name.");
        if (authzid.Length > 0 && UnescapeName(authzid.StartsWith("a=", StringComparison.Ordinal) ? authzid[2..] : authzid) != _userName)
            return SaslStep.NotAuthorized();
        _credential = await Users.GetScramCredentialAsync(_userName, cancellationToken).ConfigureAwait(false);
        ReadOnlyMemory<byte> salt = _credential?.Salt ?? RandomNumberGenerator.GetBytes(16);
        int iterations = _credential?.Iterations ?? 4096;
        _nonce = parts[1][2..] + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        _serverFirst = $"r={_nonce},s={Convert.ToBase64String(salt.Span)},i={iterations}";
        return SaslStep.Continue(Encoding.UTF8.GetBytes(_serverFirst));
    }

    private SaslStep ClientFinal(ReadOnlyMemory<byte> response)
    {
        string message = Encoding.UTF8.GetString(response.Span);
        int proofAt = message.LastIndexOf(",p=", StringComparison.Ordinal);
        if (proofAt < 0) return SaslStep.Invalid("Malformed SCRAM client-final message.");
        string withoutProof = message[..proofAt];
        string[] parts = withoutProof.Split(',');
        if (parts.Length < 2 || parts[0] != "c=" + Convert.ToBase64String(Encoding.UTF8.GetBytes(_gs2Header)) || parts[1] != "r=" + _nonce)
            return SaslStep.Invalid("SCRAM channel binding or nonce mismatch.");
        byte[] proof;
        try
        {
            proof = Convert.FromBase64String(message[(proofAt + 3)..]);
        }
        catch (FormatException)
        {
            return SaslStep.Invalid("SCRAM proof is not base64.");
        }
        if (_credential is null || proof.Length != 32) return SaslStep.Failed();
        byte[] authMessage = Encoding.UTF8.GetBytes($"{_clientFirstBare},{_serverFirst},{withoutProof}");
        byte[] signature = HMACSHA256.HashData(_credential.StoredKey.Span, authMessage);
        for (int i = 0; i < proof.Length; i++) proof[i] ^= signature[i]; // proof becomes ClientKey
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(proof), _credential.StoredKey.Span)) return SaslStep.Failed();
        byte[] serverSignature = HMACSHA256.HashData(_credential.ServerKey.Span, authMessage);
        _finalSent = true;
        return SaslStep.Continue(Encoding.UTF8.GetBytes("v=" + Convert.ToBase64String(serverSignature)));
    }

    private static string UnescapeName(string name) =>
        name.Replace("=2C", ",", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
}
