using System.Security.Authentication;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Handlers.Messages;
using Imap4.Server.Hosting;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Session;

public sealed partial class ImapSession
{
    /// <summary>Greets the client and serves commands until LOGOUT, BYE, disconnection or server shutdown.</summary>
    /// <param name="cancellationToken">Cancelled when the connection closes or the server stops.</param>
    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        using IDisposable? scope = Logger.SessionScope(Id, RemoteEndPoint);
        try
        {
            Writer.Write(new StatusResponse(null, StatusKind.Ok, new CapabilityCode(GetCapabilities()), Options.Greeting));
            await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            while (State != SessionState.Logout && await ServeOneAsync(cancellationToken).ConfigureAwait(false))
            {
            }
        }
        catch (SessionTimeoutException)
        {
            Logger.Autologout();
            await TryByeAsync(null, "Autologout; idle for too long.").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_server.Stopping.IsCancellationRequested)
        {
            await TryByeAsync(ResponseCode.Unavailable, "Server shutting down.").ConfigureAwait(false);
        }
        catch (Exception e) when (IsDisconnect(e) || cancellationToken.IsCancellationRequested)
        {
            Logger.SessionEnded(e);
        }
        finally
        {
            State = SessionState.Logout;
            await CloseBackendAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    // Reads and answers one command; false when the session must end.
    private async ValueTask<bool> ServeOneAsync(CancellationToken cancellationToken)
    {
        InboundCommand inbound = await WithInactivityTimerAsync(_reader.ReadAsync, cancellationToken).ConfigureAwait(false);
        if (inbound.EndOfInput) return false;
        if (inbound.Error is { } error)
        {
            Logger.Rejected(error);
            Writer.Write(error);
            if (!CountBad(error.Kind) || inbound.Close)
            {
                await ByeAsync(ResponseCode.ClientBug, inbound.Close ? "Closing after an oversized literal." : "Too many invalid commands.", cancellationToken).ConfigureAwait(false);
                return false;
            }
            await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        string tag;
        CommandResult result;
        if (inbound.Append is { } append)
        {
            tag = append.Tag;
            result = await DispatchAppendAsync(append, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            TaggedCommand tagged = inbound.Command!;
            Logger.Command(tagged);
            tag = tagged.Tag;
            result = await DispatchAsync(tagged, cancellationToken).ConfigureAwait(false);
        }
        Writer.Write(new StatusResponse(tag, result.Kind, result.Code, result.Text));
        if (!CountBad(result.Kind) || inbound.Append?.Close == true)
        {
            await ByeAsync(ResponseCode.ClientBug, "Too many invalid commands.", cancellationToken).ConfigureAwait(false);
            return false;
        }
        await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (result.AfterResponse is { } after) await after(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private ValueTask<CommandResult> DispatchAsync(TaggedCommand tagged, CancellationToken cancellationToken)
    {
        ImapCommand command = tagged.Command;
        if (!Options.Commands.TryGet(command, out ICommandHandler? handler))
            return ValueTask.FromResult(CommandResult.Bad(ResponseCode.ClientBug, $"{command.Name} is not supported by this server."));
        if ((handler.AllowedStates & ToFlag(State)) == 0)
            return ValueTask.FromResult(CommandResult.Bad(ResponseCode.ClientBug, $"{command.Name} is not allowed in the {State} state."));
        if (!handler.IsAvailable(this))
            return ValueTask.FromResult(CommandResult.Bad(ResponseCode.ClientBug, $"{command.Name} is not available now."));
        return RunHandlerAsync(command.Name, tagged.Tag, handler.SequenceNumbersFor(command),
            (context, ct) => handler.HandleAsync(command, context, ct), cancellationToken);
    }

    // A streamed APPEND: the handler reads the literals while it runs; whatever it did not read is dropped before the
    // tagged response, so the next command starts at the right byte.
    private async ValueTask<CommandResult> DispatchAppendAsync(StreamedAppend append, CancellationToken cancellationToken)
    {
        Logger.StreamedAppend(append.Tag, append.Mailbox);
        CommandResult result = Options.Commands.TryGet(typeof(AppendCommand), out ICommandHandler? handler) && handler is AppendHandler
            ? await RunHandlerAsync("APPEND", append.Tag, handler.SequenceNumbers,
                (context, ct) => AppendHandler.HandleStreamedAsync(append, context, ct), cancellationToken).ConfigureAwait(false)
            : CommandResult.Bad(ResponseCode.ClientBug, "APPEND is not supported by this server.");
        await append.DrainAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async ValueTask<CommandResult> RunHandlerAsync(string name, string tag, SequenceNumberUse use,
        Func<CommandContext, CancellationToken, ValueTask<CommandResult>> run, CancellationToken cancellationToken)
    {
        try
        {
            var context = new CommandContext(this, tag);
            CommandResult result = await run(context, cancellationToken).ConfigureAwait(false);
            if (State == SessionState.Selected && Features.Get<IMailboxUpdates>() is { } updates)
                await updates.WritePendingAsync(context, use, cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (ImapCommandException e)
        {
            return new CommandResult(e.Kind, e.Code, e.Message);
        }
        catch (MailStoreException e)
        {
            return CommandResult.No(e.Error.ToResponseCode(), e.Message);
        }
        catch (Exception e) when (e is not (OperationCanceledException or SessionTimeoutException) && !IsDisconnect(e))
        {
            // The session survives a handler bug: log it, tell the client, go on.
            Logger.HandlerFailed(name, e);
            return CommandResult.No(ResponseCode.ServerBug, "Internal server error; it has been logged.");
        }
    }

    /// <summary>Reads one continuation line for a handler, under the inactivity timer.</summary>
    internal ValueTask<byte[]?> ReadContinuationLineAsync(CancellationToken cancellationToken) =>
        WithInactivityTimerAsync(_reader.ReadLineAsync, cancellationToken);

    // Runs a read that the autologout timer may interrupt (IDLE and SASL exchanges included).
    private async ValueTask<T> WithInactivityTimerAsync<T>(Func<CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        TimeSpan timeout = State == SessionState.NotAuthenticated ? Options.UnauthenticatedTimeout : Options.AutologoutTimeout;
        using var timer = new CancellationTokenSource(timeout, Options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await read(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SessionTimeoutException();
        }
    }

    // Counts consecutive BAD responses; false when the limit is reached.
    private bool CountBad(StatusKind kind)
    {
        _badCommands = kind == StatusKind.Bad ? _badCommands + 1 : 0;
        return _badCommands < Options.MaxBadCommands;
    }

    private async ValueTask ByeAsync(ResponseCode? code, string text, CancellationToken cancellationToken)
    {
        Writer.Write(new StatusResponse(null, StatusKind.Bye, code, text));
        await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        State = SessionState.Logout;
    }

    // A last word to a client that may already be gone: bounded in time, errors ignored.
    private async ValueTask TryByeAsync(ResponseCode? code, string text)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await ByeAsync(code, text, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (IsDisconnect(e) || e is OperationCanceledException)
        {
            Logger.SessionEnded(e);
        }
    }

    private static SessionStates ToFlag(SessionState state) => state switch
    {
        SessionState.NotAuthenticated => SessionStates.NotAuthenticated,
        SessionState.Authenticated => SessionStates.Authenticated,
        SessionState.Selected => SessionStates.Selected,
        _ => SessionStates.None,
    };

    /// <summary>True for errors that mean the connection is gone or unusable (not bugs).</summary>
    internal static bool IsDisconnect(Exception e) =>
        e is IOException or ObjectDisposedException or AuthenticationException or TimeoutException or InvalidDataException;
}
