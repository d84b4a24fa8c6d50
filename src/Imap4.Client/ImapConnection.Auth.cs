using System.Text;
using Imap4.Client.Internal;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>
    /// LOGIN with a user name and password (sent as astrings: quoted, or as literals when they hold CR, LF, quotes
    /// or 8-bit data). Capabilities are refreshed afterwards.
    /// </summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ImapSecurityException">The server announces LOGINDISABLED, or the connection is neither
    /// encrypted nor local and <see cref="ImapConnectionOptions.AllowPlaintextAuthentication"/> is false.</exception>
    /// <exception cref="ImapCommandException">The server refused the credentials.</exception>
    public Task<ImapCommandResult> LoginAsync(string userName, string password, CancellationToken cancellationToken = default) =>
        LoginCoreAsync(new LoginCommand(userName, password), cancellationToken);

    private async Task<ImapCommandResult> LoginCoreAsync(LoginCommand login, CancellationToken cancellationToken)
    {
        PrepareCall();
        if (HasCapability(Capability.LoginDisabled))
            throw new ImapSecurityException(
                "The server announces LOGINDISABLED: it refuses LOGIN on this connection. Use STARTTLS first, or AUTHENTICATE.");
        EnsurePlaintextAllowed("LOGIN");
        int before = Volatile.Read(ref _capabilityVersion);
        ImapCommandResult result = await RunAsync(Request.Of(login), CommandFlags.None, cancellationToken).ConfigureAwait(false);
        await RefreshCapabilitiesAsync(before, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// AUTHENTICATE with a SASL mechanism driven by a callback: each server challenge (base64-decoded) is passed to
    /// <paramref name="respond"/>, whose answer is sent base64-encoded. The initial response goes on the command line
    /// when the server offers SASL-IR, else after the server's first (empty) challenge. If the callback throws, the
    /// exchange is cancelled with <c>*</c> and the exception rethrown. Capabilities are refreshed afterwards.
    /// </summary>
    /// <param name="mechanism">The mechanism name, e.g. <c>PLAIN</c> or <c>SCRAM-SHA-256</c>.</param>
    /// <param name="respond">Answers a challenge. Must not issue commands on this connection.</param>
    /// <param name="initialResponse">The client-first message, or null for mechanisms that start with a challenge.</param>
    /// <param name="cancellationToken">Cancels authentication (closes the connection once started).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ImapSecurityException">A clear-text mechanism (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER) over a
    /// connection that is neither encrypted nor local, without <see cref="ImapConnectionOptions.AllowPlaintextAuthentication"/>.</exception>
    /// <exception cref="ImapCommandException">Authentication failed.</exception>
    public async Task<ImapCommandResult> AuthenticateAsync(
        string mechanism,
        Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> respond,
        ReadOnlyMemory<byte>? initialResponse = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(respond);
        var probe = new AuthenticateCommand(mechanism);
        PrepareCall();
        if (probe.Mechanism is "PLAIN" or "LOGIN" or "XOAUTH2" or "OAUTHBEARER") EnsurePlaintextAllowed($"AUTHENTICATE {probe.Mechanism}");
        bool inline = initialResponse is not null && HasCapability(Capability.SaslIR);
        var command = new AuthenticateCommand(mechanism, inline ? initialResponse : null);
        ReadOnlyMemory<byte>? deferred = inline ? null : initialResponse;
        int before = Volatile.Read(ref _capabilityVersion);
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        PendingCommand? pending = null;
        ImapCommandResult result;
        try
        {
            ThrowIfClosed();
            using CancellationTokenSource timeout = StartCommandTimeout(cancellationToken);
            pending = await SendAsync(Request.Of(command), CommandFlags.Sensitive, timeout.Token).ConfigureAwait(false);
            Exception? callbackError = await ExchangeAsync(pending, respond, deferred, timeout.Token).ConfigureAwait(false);
            result = await WaitAsync(pending, timeout.Token, cancellationToken).ConfigureAwait(false);
            if (callbackError is not null) throw callbackError;
            if (!result.IsOk) throw new ImapCommandException(pending.Name, result);
        }
        finally
        {
            ReleaseWhenDone(pending is null ? [] : [pending]);
        }
        await RefreshCapabilitiesAsync(before, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The challenge/response loop; returns the callback's exception, if it threw (the exchange was cancelled).</summary>
    private async Task<Exception?> ExchangeAsync(
        PendingCommand pending,
        Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> respond,
        ReadOnlyMemory<byte>? deferred,
        CancellationToken cancellationToken)
    {
        Exception? callbackError = null;
        try
        {
            while (await pending.WaitForContinuationAsync(cancellationToken).ConfigureAwait(false) is { } challenge)
            {
                byte[] answer;
                if (deferred is { } first)
                {
                    answer = first.ToArray();
                    deferred = null;
                }
                else if (callbackError is not null || challenge.TryDecodeBase64() is not { } decoded)
                {
                    await SendLineAsync("*", cancellationToken).ConfigureAwait(false);
                    continue;
                }
                else
                {
                    try
                    {
                        using (HandlerScope.Enter(this)) answer = await respond(decoded, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        callbackError = e;
                        await SendLineAsync("*", cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }
                await SendLineAsync(Convert.ToBase64String(answer), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not ImapException)
        {
            throw AbortMidCommand(pending, e);
        }
        return callbackError;
    }

    /// <summary>Sends one AUTHENTICATE data line (redacted in the trace: it carries credentials).</summary>
    private async Task SendLineAsync(string line, CancellationToken cancellationToken)
    {
        _trace.SentRedacted(line == "*" ? "*" : "***");
        await WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when credentials may be sent in clear: TLS is on, the peer is local, or the options allow it.</summary>
    internal bool AllowsPlaintextCredentials =>
        _transport.IsEncrypted || _transport.IsLocal || _options.AllowPlaintextAuthentication;

    /// <summary>The host name given to connect (or <see cref="ImapConnectionOptions.TlsHostName"/>), or null.</summary>
    internal string? HostName => _host;

    private void EnsurePlaintextAllowed(string what)
    {
        if (AllowsPlaintextCredentials) return;
        throw new ImapSecurityException(
            $"{what} would send credentials in clear text over an unencrypted connection to a remote host. Use TLS " +
            "(ImapSecurityMode.ImplicitTls or StartTls), or set ImapConnectionOptions.AllowPlaintextAuthentication to accept the risk.");
    }

    /// <summary>Capabilities change after authentication: use those the server sent, else ask.</summary>
    private async Task RefreshCapabilitiesAsync(int versionBefore, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _capabilityVersion) != versionBefore || !IsConnected) return;
        await CapabilityAsync(cancellationToken).ConfigureAwait(false);
    }
}
