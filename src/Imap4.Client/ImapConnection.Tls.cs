using Imap4.Client.Internal;
using Imap4.Client.Transport;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>
    /// STARTTLS: upgrades the connection to TLS in place, validating the certificate as the options say. Anything the
    /// server sent after its OK and before the handshake is discarded (it could be an injected response), and the
    /// capabilities are asked again, as RFC 9051 requires.
    /// </summary>
    /// <param name="cancellationToken">Cancels the upgrade (closes the connection once STARTTLS was sent).</param>
    /// <returns>The result of STARTTLS.</returns>
    /// <exception cref="InvalidOperationException">TLS or compression is already active.</exception>
    /// <exception cref="ImapSecurityException">The certificate was refused; the connection is closed.</exception>
    /// <exception cref="ImapCommandException">The server refused STARTTLS.</exception>
    public async Task<ImapCommandResult> StartTlsAsync(CancellationToken cancellationToken = default)
    {
        if (IsEncrypted) throw new InvalidOperationException("TLS is already active on this connection.");
        if (IsCompressed) throw new InvalidOperationException("STARTTLS cannot follow COMPRESS.");
        ImapCommandResult result = await SwitchAsync(StartTlsCommand.Instance, HandshakeAsync, cancellationToken).ConfigureAwait(false);
        // Capabilities learnt before TLS may have been forged: forget them and ask.
        SetCapabilities([]);
        await CapabilityAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// COMPRESS=DEFLATE (RFC 4978): from the server's OK on, both directions are raw deflate streams, flushed after
    /// every command. Do it after TLS and authentication.
    /// </summary>
    /// <param name="cancellationToken">Cancels the command (closes the connection once COMPRESS was sent).</param>
    /// <returns>The result of COMPRESS.</returns>
    /// <exception cref="InvalidOperationException">Compression is already active.</exception>
    /// <exception cref="ImapCommandException">The server refused (e.g. <c>[COMPRESSIONACTIVE]</c>).</exception>
    public Task<ImapCommandResult> CompressAsync(CancellationToken cancellationToken = default)
    {
        if (IsCompressed) throw new InvalidOperationException("Compression is already active on this connection.");
        return SwitchAsync(CompressCommand.Deflate, _ =>
        {
            _transport.StartCompression(_switchLeftover);
            _switchLeftover = default;
            ProtocolTrace.LogLayer(_logger, "COMPRESS=DEFLATE");
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// Sends a command after whose OK the transport changes, holding the command lock until the reader runs on the new
    /// transport. Any failure after sending closes the connection.
    /// </summary>
    private async Task<ImapCommandResult> SwitchAsync(ImapCommand command, Func<CancellationToken, Task> replaceTransport, CancellationToken cancellationToken)
    {
        PrepareCall();
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        PendingCommand? pending = null;
        try
        {
            ThrowIfClosed();
            using CancellationTokenSource timeout = StartCommandTimeout(cancellationToken);
            pending = await SendAsync(Request.Of(command), CommandFlags.SwitchesTransport, timeout.Token).ConfigureAwait(false);
            ImapCommandResult result;
            try
            {
                result = await WaitAsync(pending, timeout.Token, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException e)
            {
                throw AbortMidCommand(pending, e);
            }
            if (!result.IsOk) throw new ImapCommandException(pending.Name, result);
            try
            {
                await replaceTransport(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Fail(e is ImapException ? e : new ImapConnectionException($"{command.Name} failed: {e.Message}", e));
                throw;
            }
            _resumeReader!.TrySetResult(true);
            return result;
        }
        finally
        {
            ReleaseWhenDone(pending is null ? [] : [pending]);
        }
    }
}
