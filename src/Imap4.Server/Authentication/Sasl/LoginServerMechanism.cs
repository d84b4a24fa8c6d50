using System.Text;

namespace Imap4.Server.Authentication.Sasl;

/// <summary>LOGIN (draft-murchison-sasl-login): the server asks "Username:" then "Password:".</summary>
internal sealed class LoginServerMechanism(IUserDirectory users) : SaslServerMechanism(users)
{
    private string? _userName;

    public override string Name => SaslMechanisms.Login;

    public override ValueTask<SaslStep> StartAsync(ReadOnlyMemory<byte>? initialResponse, CancellationToken cancellationToken) =>
        initialResponse is { } ir ? StepAsync(ir, cancellationToken) : ValueTask.FromResult(SaslStep.Continue("Username:"u8.ToArray()));

    public override async ValueTask<SaslStep> StepAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        if (_userName is null)
        {
            _userName = Encoding.UTF8.GetString(response.Span);
            return _userName.Length == 0 ? SaslStep.Invalid("Empty user name.") : SaslStep.Continue("Password:"u8.ToArray());
        }
        ImapUser? user = await Users.VerifyPasswordAsync(_userName, Encoding.UTF8.GetString(response.Span), cancellationToken).ConfigureAwait(false);
        return user is null ? SaslStep.Failed() : SaslStep.Success(user);
    }
}
