using System.Text;

namespace Imap4.Server.Authentication.Sasl;

/// <summary>PLAIN (RFC 4616): one message <c>[authzid] NUL authcid NUL passwd</c>.</summary>
internal sealed class PlainServerMechanism(IUserDirectory users) : SaslServerMechanism(users)
{
    public override string Name => SaslMechanisms.Plain;

    public override ValueTask<SaslStep> StartAsync(ReadOnlyMemory<byte>? initialResponse, CancellationToken cancellationToken) =>
        initialResponse is { } ir ? StepAsync(ir, cancellationToken) : ValueTask.FromResult(SaslStep.Continue([]));

    public override async ValueTask<SaslStep> StepAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        ReadOnlySpan<byte> span = response.Span;
        int first = span.IndexOf((byte)0);
        int second = first < 0 ? -1 : span[(first + 1)..].IndexOf((byte)0);
        if (second < 0) return SaslStep.Invalid("PLAIN message needs authzid NUL authcid NUL password.");
        second += first + 1;
        string authzid = Encoding.UTF8.GetString(span[..first]);
        string authcid = Encoding.UTF8.GetString(span[(first + 1)..second]);
        string password = Encoding.UTF8.GetString(span[(second + 1)..]);
        if (authcid.Length == 0) return SaslStep.Invalid("PLAIN message has an empty user name.");
        ImapUser? user = await Users.VerifyPasswordAsync(authcid, password, cancellationToken).ConfigureAwait(false);
        if (user is null) return SaslStep.Failed();
        // Acting for another user (proxy authorization) is not supported.
        return authzid.Length == 0 || authzid == authcid ? SaslStep.Success(user) : SaslStep.NotAuthorized();
    }
}
