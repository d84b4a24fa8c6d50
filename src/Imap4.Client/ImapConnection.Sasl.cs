using Imap4.Client.Sasl;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>
    /// AUTHENTICATE driven by a SASL mechanism object: the initial response goes on the command line when the server
    /// offers SASL-IR and the mechanism speaks first, challenges are answered by the mechanism, and on the tagged OK
    /// the mechanism checks the server's proof (SCRAM's server signature). Capabilities are refreshed afterwards.
    /// </summary>
    /// <param name="mechanism">A fresh mechanism (one exchange per instance), e.g. from
    /// <see cref="SaslMechanismFactory"/>.</param>
    /// <param name="cancellationToken">Cancels authentication (closes the connection once started).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ImapSecurityException">A plaintext mechanism over a connection that is neither encrypted nor
    /// local without <see cref="ImapConnectionOptions.AllowPlaintextAuthentication"/>; or the server failed to prove
    /// its identity (the connection is then closed).</exception>
    /// <exception cref="SaslException">The mechanism aborted the exchange (the command was cancelled with "*").</exception>
    /// <exception cref="ImapCommandException">Authentication failed; the mechanism's
    /// <see cref="ISaslMechanism.ServerError"/> (e.g. an OAuth error document) is in the exception's
    /// <see cref="Exception.Data"/> under "SaslServerError".</exception>
    public async Task<ImapCommandResult> AuthenticateAsync(ISaslMechanism mechanism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        PrepareCall();
        if (mechanism.IsPlaintext) EnsurePlaintextAllowed($"AUTHENTICATE {mechanism.Name}");
        byte[]? initial = null;
        // Without SASL-IR the mechanism answers the server's first empty challenge with its initial response itself.
        if (mechanism.SupportsInitialResponse && HasCapability(Capability.SaslIR))
            initial = await mechanism.GetInitialResponseAsync(cancellationToken).ConfigureAwait(false);
        ImapCommandResult result;
        try
        {
            // A null array must stay "no initial response": the implicit array conversion would make it an empty one.
            ReadOnlyMemory<byte>? first = initial is null ? (ReadOnlyMemory<byte>?)null : initial;
            result = await AuthenticateAsync(mechanism.Name, mechanism.RespondAsync, first, cancellationToken).ConfigureAwait(false);
        }
        catch (ImapCommandException e) when (mechanism.ServerError is { } error)
        {
            e.Data["SaslServerError"] = error;
            throw;
        }
        try
        {
            mechanism.VerifySuccess([]);
        }
        catch (SaslException e)
        {
            var failure = new ImapSecurityException(
                $"The server accepted AUTHENTICATE {mechanism.Name} but did not prove its identity ({e.Message}); the connection was closed.", e);
            Fail(failure);
            throw failure;
        }
        return result;
    }
}
