using Imap4.Protocol.Primitives;
using Imap4.Server.Authentication;
using Imap4.Server.Commands;
using Imap4.Server.Hosting;

namespace Imap4.Server.Session;

public sealed partial class ImapSession
{
    /// <summary>True when this client address has failed to log in too often recently.</summary>
    internal bool IsLoginThrottled => _server.Throttle.IsBlocked(ClientAddress);

    /// <summary>Enters the authenticated state for <paramref name="user"/>, opening the mail backend first.</summary>
    internal async ValueTask AuthenticatedAsync(ImapUser user, string mechanism, CancellationToken cancellationToken)
    {
        if (Options.MailBackend is { } backend)
        {
            await backend.OpenSessionAsync(this, user, cancellationToken).ConfigureAwait(false);
            _backendOpen = true;
        }
        User = user;
        State = SessionState.Authenticated;
        Logger.Authenticated(user.Name, mechanism);
    }

    /// <summary>Records a failed authentication and waits the configured delay before the NO goes out.</summary>
    internal async ValueTask AuthenticationFailedAsync(string? userName, string mechanism, CancellationToken cancellationToken)
    {
        _server.Throttle.RecordFailure(ClientAddress);
        Logger.AuthenticationFailed(mechanism, userName ?? "(unknown)", ClientAddress);
        if (Options.FailedLoginDelay > TimeSpan.Zero)
            await Task.Delay(Options.FailedLoginDelay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Back to the not-authenticated state, as after a fresh connection (RFC 8437), keeping TLS and compression.</summary>
    internal async ValueTask UnauthenticateAsync(CancellationToken cancellationToken)
    {
        LeaveSelectedState();
        await CloseBackendAsync(cancellationToken).ConfigureAwait(false);
        Logger.Unauthenticated(User?.Name);
        User = null;
        State = SessionState.NotAuthenticated;
        _enabled.Clear();
        Writer.Utf8 = false;
        _reader.Utf8Mailboxes = false;
    }

    /// <summary>
    /// Enters the selected state (SELECT, EXAMINE). The handler keeps its mailbox view, and an
    /// <see cref="Mail.IMailboxUpdates"/> for unilateral responses, in <see cref="Features"/>.
    /// </summary>
    internal void EnterSelectedState()
    {
        if (State is not (SessionState.Authenticated or SessionState.Selected)) throw new InvalidOperationException("Select needs an authenticated session.");
        State = SessionState.Selected;
    }

    /// <summary>Leaves the selected state (CLOSE, UNSELECT, a failed SELECT), dropping the mailbox's update source.</summary>
    internal void LeaveSelectedState()
    {
        if (State != SessionState.Selected) return;
        Features.Set<Mail.IMailboxUpdates>(null);
        Features.Set<Mail.SelectedMailbox>(null);
        State = SessionState.Authenticated;
    }

    /// <summary>Ends the session after the current command's tagged response.</summary>
    internal void Logout() => State = SessionState.Logout;

    /// <summary>Turns on an extension; false when it was already on.</summary>
    internal bool Enable(Capability extension)
    {
        if (!_enabled.Add(extension)) return false;
        if (Utf8Enabled)
        {
            Writer.Utf8 = true;
            _reader.Utf8Mailboxes = true;
        }
        return true;
    }

    /// <summary>
    /// After the tagged OK of STARTTLS: drops anything the client pipelined in the clear, then performs the handshake.
    /// </summary>
    internal async ValueTask StartTlsAsync(CancellationToken cancellationToken)
    {
        await _transport.UpgradeToTlsAsync(Options.Certificate!, Options.TlsHandshakeTimeout, cancellationToken).ConfigureAwait(false);
        Logger.TlsStarted(_transport.TlsDescription);
    }

    /// <summary>
    /// Drops what the client pipelined after STARTTLS. Called before the tagged OK is written: anything buffered then was
    /// sent before the client could see the OK, so it is plaintext injection. Doing it after the OK would race with the
    /// client's ClientHello, which may already have arrived.
    /// </summary>
    internal void DiscardPipelinedInput() => _transport.DiscardBufferedInput();

    /// <summary>After the tagged OK of COMPRESS: both directions are compressed from the next byte on.</summary>
    internal void StartCompression() => _transport.StartCompression();

    private async ValueTask CloseBackendAsync(CancellationToken cancellationToken)
    {
        if (!_backendOpen || Options.MailBackend is not { } backend) return;
        _backendOpen = false;
        try
        {
            await backend.CloseSessionAsync(this, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.BackendCloseFailed(e);
        }
    }
}
