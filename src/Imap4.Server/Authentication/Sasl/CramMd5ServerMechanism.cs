using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Imap4.Server.Authentication.Sasl;

/// <summary>CRAM-MD5 (RFC 2195): a unique challenge, answered with <c>user SP hex(HMAC-MD5(password, challenge))</c>.</summary>
internal sealed class CramMd5ServerMechanism(IUserDirectory users, string hostName) : SaslServerMechanism(users)
{
    private byte[] _challenge = [];

    public override string Name => SaslMechanisms.CramMd5;

    public override ValueTask<SaslStep> StartAsync(ReadOnlyMemory<byte>? initialResponse, CancellationToken cancellationToken)
    {
        // The server speaks first: an initial response is a protocol error.
        if (initialResponse is not null) return ValueTask.FromResult(SaslStep.Invalid("CRAM-MD5 has no initial response."));
        long random = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
        long time = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _challenge = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<{random}.{time}@{hostName}>"));
        return ValueTask.FromResult(SaslStep.Continue(_challenge));
    }

    public override async ValueTask<SaslStep> StepAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        string text = Encoding.UTF8.GetString(response.Span);
        int space = text.LastIndexOf(' ');
        if (space <= 0 || text.Length - space - 1 != 32) return SaslStep.Invalid("CRAM-MD5 response needs user SP 32 hex digits.");
        byte[] digest;
        try
        {
            digest = Convert.FromHexString(text.AsSpan(space + 1));
        }
        catch (FormatException)
        {
            return SaslStep.Invalid("CRAM-MD5 digest is not hex.");
        }
        ImapUser? user = await Users.VerifyCramMd5Async(text[..space], _challenge, digest, cancellationToken).ConfigureAwait(false);
        return user is null ? SaslStep.Failed() : SaslStep.Success(user);
    }
}
