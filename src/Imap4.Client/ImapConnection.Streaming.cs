using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Imap4.Client.Internal;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>
    /// Sends a command and yields its untagged responses as they arrive (a large FETCH is processed while it is still
    /// being received); they are not kept in memory afterwards. When the server's tagged answer is NO or BAD, the
    /// enumeration ends with <see cref="ImapCommandException"/> after the responses that came before it. Stopping the
    /// enumeration early is allowed: the connection stays busy until the tagged response has arrived.
    /// </summary>
    /// <param name="command">The command (not STARTTLS, COMPRESS, LOGIN, AUTHENTICATE or IDLE).</param>
    /// <param name="cancellationToken">Cancels the wait (see the failure model on <see cref="ImapConnection"/>).</param>
    /// <returns>The untagged responses, in arrival order.</returns>
    /// <exception cref="ImapCommandException">The server answered NO or BAD.</exception>
    /// <exception cref="ImapConnectionException">The connection is closed or failed.</exception>
    public async IAsyncEnumerable<UntaggedResponse> ExecuteStreamingAsync(ImapCommand command, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command is StartTlsCommand or CompressCommand or IdleCommand or AuthenticateCommand or LoginCommand)
            throw new ArgumentException($"{command.Name} cannot be streamed: use its own method.", nameof(command));
        PrepareCall();
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        PendingCommand? pending = null;
        try
        {
            ThrowIfClosed();
            using CancellationTokenSource timeout = StartCommandTimeout(cancellationToken);
            pending = await SendAsync(Request.Of(command), CommandFlags.Streaming, timeout.Token).ConfigureAwait(false);
            ChannelReader<UntaggedResponse> reader = pending.Streamed!.Reader;
            while (await WaitToReadAsync(pending, reader, timeout.Token, cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out UntaggedResponse? response)) yield return response;
            }
            ImapCommandResult result = await WaitAsync(pending, timeout.Token, cancellationToken).ConfigureAwait(false);
            if (!result.IsOk) throw new ImapCommandException(pending.Name, result);
        }
        finally
        {
            ReleaseWhenDone(pending is null ? [] : [pending]);
        }
    }

    /// <summary>Waits for streamed data; a command timeout closes the connection, as in <see cref="WaitAsync"/>.</summary>
    private async ValueTask<bool> WaitToReadAsync(PendingCommand pending, ChannelReader<UntaggedResponse> reader, CancellationToken timeoutToken, CancellationToken callerToken)
    {
        try
        {
            return await reader.WaitToReadAsync(timeoutToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            await WaitAsync(pending, timeoutToken, callerToken).ConfigureAwait(false);
            return false;
        }
    }
}
