using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Imap4.Client.Internal;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    private const int UpdateBacklog = 10_000;
    private readonly List<Channel<ImapUpdate>> _subscribers = [];

    /// <summary>
    /// Raised for every unilateral update: untagged data no pending command asked for (EXISTS, EXPUNGE, VANISHED,
    /// FETCH flags, RECENT, STATUS...) and every untagged OK/NO/BAD/BYE (alerts included). Handlers run on the
    /// connection's reader, must be quick, and must not issue commands on this connection (that throws
    /// <see cref="InvalidOperationException"/>); an exception from a handler is logged and ignored.
    /// </summary>
    public event EventHandler<ImapUpdateEventArgs>? UpdateReceived;

    /// <summary>
    /// The unilateral updates (as <see cref="UpdateReceived"/>) from the moment enumeration starts until the connection
    /// closes or <paramref name="cancellationToken"/> fires. The consumer runs on its own task and may issue commands.
    /// If it falls more than 10 000 updates behind, the oldest are dropped.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>The updates, in arrival order.</returns>
    public async IAsyncEnumerable<ImapUpdate> ReadUpdatesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<ImapUpdate>(new BoundedChannelOptions(UpdateBacklog)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_sync)
        {
            if (_failure is not null) yield break;
            _subscribers.Add(channel);
        }
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out ImapUpdate? update)) yield return update;
            }
        }
        finally
        {
            lock (_sync) _subscribers.Remove(channel);
        }
    }

    private void Publish(ImapUpdate update)
    {
        EventHandler<ImapUpdateEventArgs>? handler = UpdateReceived;
        if (handler is not null)
        {
            using (HandlerScope.Enter(this))
            {
                try
                {
                    handler(this, new ImapUpdateEventArgs(update));
                }
#pragma warning disable CA1031 // A user's handler must not kill the reader loop.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    ProtocolTrace.LogHandlerFailed(_logger, e);
                }
            }
        }
        Channel<ImapUpdate>[] subscribers;
        lock (_sync) subscribers = [.. _subscribers];
        foreach (Channel<ImapUpdate> s in subscribers) s.Writer.TryWrite(update);
    }

    private void CompleteSubscribers()
    {
        Channel<ImapUpdate>[] subscribers;
        lock (_sync) subscribers = [.. _subscribers];
        foreach (Channel<ImapUpdate> s in subscribers) s.Writer.TryComplete();
    }

    /// <summary>Throws when called from an update handler of this connection, where a command would deadlock.</summary>
    private void ThrowIfInHandler()
    {
        if (HandlerScope.IsInside(this))
            throw new InvalidOperationException(
                "A command was issued on an ImapConnection from inside one of its own update handlers (UpdateReceived, " +
                "the IDLE callback or an AUTHENTICATE callback). The connection cannot read that command's response until " +
                "the handler returns, so it would deadlock. Record what you need in the handler and send commands after " +
                "it returns (for IDLE: stop the IDLE first), or consume ReadUpdatesAsync on your own task.");
    }

    private void RecordCode(StatusResponse status)
    {
        if (status.Code is not { } code) return;
        lock (_sync) _lastCodes[code.Name] = code;
        if (code is CapabilityCode capabilities) SetCapabilities(capabilities.Capabilities);
    }

    private void SetCapabilities(IReadOnlyList<Capability> capabilities)
    {
        Volatile.Write(ref _capabilities, capabilities);
        Interlocked.Increment(ref _capabilityVersion);
        UpdateWriterOptions();
    }

    private void OnEnabled(EnabledResponse enabled)
    {
        lock (_sync)
        {
            foreach (Capability c in enabled.Capabilities) _enabled.Add(c);
        }
        UpdateWriterOptions();
    }

    /// <summary>LITERAL+/LITERAL- and UTF-8 follow what the server offers and what was enabled.</summary>
    private void UpdateWriterOptions()
    {
        LiteralMode mode = HasCapability(Capability.LiteralPlus) ? LiteralMode.NonSynchronizing
            : HasCapability(Capability.LiteralMinus) || HasCapability(Capability.Imap4Rev2) ? LiteralMode.LiteralMinus
            : LiteralMode.Synchronizing;
        bool utf8;
        lock (_sync) utf8 = _enabled.Contains(Capability.Utf8Accept) || _enabled.Contains(Capability.Imap4Rev2);
        // A server that speaks only IMAP4rev2 is in rev2 mode (UTF-8) without ENABLE.
        utf8 |= HasCapability(Capability.Imap4Rev2) && !HasCapability(Capability.Imap4Rev1);
        _writerOptions = _writerOptions with { LiteralMode = mode, Utf8 = utf8 };
    }

    private void ApplyState(string commandName, StatusKind kind)
    {
        if (kind == StatusKind.Ok)
        {
            ImapConnectionState? next = commandName switch
            {
                "LOGIN" or "AUTHENTICATE" => ImapConnectionState.Authenticated,
                "SELECT" or "EXAMINE" => ImapConnectionState.Selected,
                "CLOSE" or "UNSELECT" => ImapConnectionState.Authenticated,
                "UNAUTHENTICATE" => ImapConnectionState.NotAuthenticated,
                "LOGOUT" => ImapConnectionState.Logout,
                _ => null,
            };
            if (next is { } state) _state = state;
        }
        else if (commandName is "SELECT" or "EXAMINE" && _state == ImapConnectionState.Selected)
        {
            // A failed SELECT leaves no mailbox selected (RFC 9051 6.3.2).
            _state = ImapConnectionState.Authenticated;
        }
    }
}
