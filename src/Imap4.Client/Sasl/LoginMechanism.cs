using System.Text;

namespace Imap4.Client.Sasl;

/// <summary>
/// LOGIN (draft-murchison-sasl-login, obsolete): the server prompts twice; the client answers with the user name,
/// then the password, in UTF-8. Prompt texts are ignored as the draft says. Sends the password in the clear: use
/// only under TLS, and prefer PLAIN.
/// </summary>
public sealed class LoginMechanism : SaslMechanism
{
    private readonly string userName;
    private readonly string password;
    private int step;

    /// <summary>Creates the mechanism.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <exception cref="ArgumentException">A value is empty or contains NUL, CR or LF.</exception>
    public LoginMechanism(string userName, string password)
    {
        RequireNoNul(userName, nameof(userName));
        RequireNoNul(password, nameof(password));
        if (userName.AsSpan().IndexOfAny('\r', '\n') >= 0 || password.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("LOGIN values must not contain CR or LF.", nameof(password));
        }

        this.userName = userName;
        this.password = password;
    }

    /// <inheritdoc />
    public override string Name => SaslMechanismNames.Login;

    /// <inheritdoc />
    public override bool SupportsInitialResponse => false;

    /// <inheritdoc />
    public override bool IsPlaintext => true;

    /// <summary>The user name (message 0) is not secret; the password (message 1) is.</summary>
    /// <param name="clientMessageIndex">The message index.</param>
    /// <returns>True for every message but the first.</returns>
    public override bool IsSecret(int clientMessageIndex) => clientMessageIndex != 0;

    /// <inheritdoc />
    protected override ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
    {
        step++;
        if (step == 1)
        {
            return ValueTask.FromResult(Encoding.UTF8.GetBytes(userName));
        }

        IsComplete = true;
        return ValueTask.FromResult(Encoding.UTF8.GetBytes(password));
    }
}
