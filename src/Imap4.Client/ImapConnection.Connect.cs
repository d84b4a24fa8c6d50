using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Authentication;
using Imap4.Client.Internal;
using Imap4.Client.Transport;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Microsoft.Extensions.Logging;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>The IMAP port, 143.</summary>
    public const int ImapPort = 143;

    /// <summary>The IMAPS port (implicit TLS), 993.</summary>
    public const int ImapsPort = 993;

    /// <summary>
    /// Connects over TCP to the default port of the security mode (993 for <see cref="ImapSecurityMode.ImplicitTls"/>,
    /// else 143), secures the connection as the options say and reads the greeting.
    /// </summary>
    /// <param name="host">The server's host name or address.</param>
    /// <param name="options">Settings; null for <see cref="ImapConnectionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected connection.</returns>
    /// <exception cref="ImapConnectionException">Connecting failed, timed out or the server said BYE.</exception>
    /// <exception cref="ImapSecurityException">The server certificate was refused, or STARTTLS was required and not offered.</exception>
    public static Task<ImapConnection> ConnectAsync(string host, ImapConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        int port = (options ?? ImapConnectionOptions.Default).SecurityMode == ImapSecurityMode.ImplicitTls ? ImapsPort : ImapPort;
        return ConnectAsync(host, port, options, cancellationToken);
    }

    /// <summary>Connects over TCP, secures the connection as the options say and reads the greeting.</summary>
    /// <param name="host">The server's host name or address (also the name the certificate must match).</param>
    /// <param name="port">The port.</param>
    /// <param name="options">Settings; null for <see cref="ImapConnectionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected connection.</returns>
    /// <exception cref="ImapConnectionException">Connecting failed, timed out or the server said BYE.</exception>
    /// <exception cref="ImapSecurityException">The server certificate was refused, or STARTTLS was required and not offered.</exception>
    public static async Task<ImapConnection> ConnectAsync(string host, int port, ImapConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        options ??= ImapConnectionOptions.Default;
        ImapSecurityMode mode = options.SecurityMode;
        if (mode == ImapSecurityMode.Auto) mode = port == ImapsPort ? ImapSecurityMode.ImplicitTls : ImapSecurityMode.StartTlsWhenAvailable;
        using var timeout = StartTimeout(options.ConnectTimeout, cancellationToken);
        ImapTransport transport;
        try
        {
            transport = await ImapTransport.ConnectTcpAsync(host, port, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            throw new ImapConnectionException($"Could not connect to {host}:{port}: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImapConnectionException($"Connecting to {host}:{port} timed out after {options.ConnectTimeout}.", new TimeoutException(e.Message, e));
        }
        return await EstablishAsync(new ImapConnection(transport, options, host), mode, timeout.Token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs IMAP over a stream the caller opened (a socket, an SSH channel, an in-memory pipe). The stream is disposed
    /// with the connection. An authenticated <see cref="System.Net.Security.SslStream"/> counts as encrypted.
    /// <see cref="ImapSecurityMode.Auto"/> means STARTTLS when offered unless the stream is already encrypted.
    /// </summary>
    /// <param name="stream">A readable and writable stream.</param>
    /// <param name="options">Settings; <see cref="ImapConnectionOptions.TlsHostName"/> is needed for TLS.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected connection.</returns>
    public static Task<ImapConnection> ConnectAsync(Stream stream, ImapConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ImapConnectionOptions.Default;
        var transport = ImapTransport.FromStream(stream, leaveOpen: false);
        ImapSecurityMode mode = options.SecurityMode;
        if (mode == ImapSecurityMode.Auto) mode = transport.IsEncrypted ? ImapSecurityMode.None : ImapSecurityMode.StartTlsWhenAvailable;
        return ConnectWithTimeoutAsync(new ImapConnection(transport, options, null), mode, cancellationToken);
    }

    /// <summary>
    /// Starts a program and speaks IMAP over its standard input and output (imaplib's <c>IMAP4_stream</c>, e.g.
    /// <c>ssh host imapd</c> or a local <c>dovecot/imap</c>). A child process counts as local: passwords may be sent.
    /// <see cref="ImapSecurityMode.Auto"/> means no TLS. The process is stopped with the connection.
    /// </summary>
    /// <param name="startInfo">The program; standard input and output are redirected by this method.</param>
    /// <param name="options">Settings.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected connection.</returns>
    public static Task<ImapConnection> ConnectAsync(ProcessStartInfo startInfo, ImapConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        options ??= ImapConnectionOptions.Default;
        ImapTransport transport;
        try
        {
            transport = ImapTransport.StartProcess(startInfo);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ImapConnectionException($"Could not start '{startInfo.FileName}': {e.Message}", e);
        }
        ImapSecurityMode mode = options.SecurityMode == ImapSecurityMode.Auto ? ImapSecurityMode.None : options.SecurityMode;
        return ConnectWithTimeoutAsync(new ImapConnection(transport, options, null), mode, cancellationToken);
    }

    private static async Task<ImapConnection> ConnectWithTimeoutAsync(ImapConnection connection, ImapSecurityMode mode, CancellationToken cancellationToken)
    {
        using var timeout = StartTimeout(connection._options.ConnectTimeout, cancellationToken);
        return await EstablishAsync(connection, mode, timeout.Token, cancellationToken).ConfigureAwait(false);
    }

    private static CancellationTokenSource StartTimeout(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan) cts.CancelAfter(timeout);
        return cts;
    }

    private static async Task<ImapConnection> EstablishAsync(ImapConnection connection, ImapSecurityMode mode, CancellationToken token, CancellationToken callerToken)
    {
        try
        {
            if (mode == ImapSecurityMode.ImplicitTls) await connection.HandshakeAsync(token).ConfigureAwait(false);
            connection.StartReader();
            await connection.ReadGreetingAsync(token).ConfigureAwait(false);
            if (mode is ImapSecurityMode.StartTls or ImapSecurityMode.StartTlsWhenAvailable && !connection.IsEncrypted)
            {
                if (connection.HasCapability(Capability.StartTls)) await connection.StartTlsAsync(token).ConfigureAwait(false);
                else if (mode == ImapSecurityMode.StartTls)
                    throw new ImapSecurityException("The server does not offer STARTTLS, which the security mode requires.");
            }
            return connection;
        }
        catch (Exception e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (e is OperationCanceledException && !callerToken.IsCancellationRequested)
                throw new ImapConnectionException($"Connecting timed out after {connection._options.ConnectTimeout}.", new TimeoutException(e.Message, e));
            if (e is IOException or SocketException)
                throw new ImapConnectionException($"Connection failed: {e.Message}", e);
            throw;
        }
    }

    /// <summary>Runs the TLS handshake on the transport, turning a refused certificate into an explained exception.</summary>
    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        string host = _host ?? throw new InvalidOperationException(
            "TLS needs a host name to validate the certificate: set ImapConnectionOptions.TlsHostName.");
        try
        {
            await _transport.StartTlsAsync(_tls.Create(host), cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationException e)
        {
            string why = _tls.LastErrors == 0 ? e.Message : $"the server certificate was refused ({_tls.LastErrors})";
            throw new ImapSecurityException(
                $"TLS handshake with {host} failed: {why}. Trust a private CA with ImapConnectionOptions.CaFile.", e);
        }
        ProtocolTrace.LogLayer(_logger, "TLS");
    }

    private async Task ReadGreetingAsync(CancellationToken cancellationToken)
    {
        StatusResponse greeting = await _greeting.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        Greeting = greeting;
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            string text = greeting.ToString();
            ProtocolTrace.LogConnected(_logger, _transport.Description, text);
        }
        if (greeting.Kind == StatusKind.Bye)
        {
            Fail(new ImapConnectionException($"The server refused the connection: {greeting.Text}"), log: false);
            throw Closed();
        }
        if (greeting.Kind == StatusKind.PreAuth) _state = ImapConnectionState.Authenticated;
        else if (greeting.Kind != StatusKind.Ok)
        {
            var error = new ImapProtocolException($"Unexpected greeting: {greeting}");
            Fail(error);
            throw error;
        }
        if (Capabilities.Count == 0) await CapabilityAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the server for its capabilities (CAPABILITY) and returns them.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The capabilities.</returns>
    public async Task<IReadOnlyList<Capability>> CapabilityAsync(CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(CapabilityCommand.Instance, cancellationToken).ConfigureAwait(false);
        return Capabilities;
    }
}
