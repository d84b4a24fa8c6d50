using System.Runtime.CompilerServices;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Session;

/// <summary>
/// An APPEND whose message literals flow from the connection into the store one after another: each literal is
/// checked (size, quota) before it is accepted, read straight from the input while the store consumes it, and the next
/// message's announcement is read only then. Whatever happens, <see cref="DrainAsync"/> leaves the input at the start
/// of the next command without holding a literal in memory.
/// </summary>
internal sealed class StreamedAppend(CommandReader reader, string tag, MailboxName mailbox, AnnouncedMessage first)
{
    private AnnouncedMessage? _announced = first;
    private LiteralStream? _literal;
    private bool _ended;

    /// <summary>The command's tag.</summary>
    public string Tag => tag;

    /// <summary>The target mailbox.</summary>
    public MailboxName Mailbox => mailbox;

    /// <summary>True when the connection must close after the response.</summary>
    public bool Close { get; private set; }

    /// <summary>
    /// The messages as the store asks for them. <paramref name="check"/> sees each announcement before its literal is
    /// accepted; a refusal or a syntax error after a literal ends the sequence with an <see cref="ImapCommandException"/>
    /// (the store then adds nothing).
    /// </summary>
    public async IAsyncEnumerable<AppendRequest> ReadMessagesAsync(Func<AnnouncedMessage, CancellationToken, ValueTask<CommandResult?>> check,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!_ended && _announced is { } message)
        {
            if (await check(message, cancellationToken).ConfigureAwait(false) is { } refusal)
                throw new ImapCommandException(refusal.Kind, refusal.Code, refusal.Text);
            _literal = await reader.OpenLiteralAsync(message, accept: true, cancellationToken).ConfigureAwait(false);
            _announced = null;
            yield return new AppendRequest(_literal, message.Flags, message.InternalDate);
            await _literal.SkipAsync(cancellationToken).ConfigureAwait(false); // the store reads to the end; be sure
            await _literal.DisposeAsync().ConfigureAwait(false);
            _literal = null;
            StreamedPart next = await NextAsync(cancellationToken).ConfigureAwait(false);
            if (next.Error is { } error) throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, error);
        }
    }

    /// <summary>
    /// Consumes the rest of the command after the handler: a literal being read is skipped, an announced LITERAL+
    /// literal is read and dropped in chunks, an announced synchronizing literal is refused (the client sends nothing).
    /// </summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task that completes when the command's bytes are gone.</returns>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        while (!_ended)
        {
            if (_literal is null && _announced is { } message)
            {
                _announced = null;
                if (message.Synchronizing)
                {
                    reader.AbandonLiteral();
                    return;
                }
                _literal = await reader.OpenLiteralAsync(message, accept: false, cancellationToken).ConfigureAwait(false);
            }
            if (_literal is { } literal)
            {
                await literal.SkipAsync(cancellationToken).ConfigureAwait(false);
                await literal.DisposeAsync().ConfigureAwait(false);
                _literal = null;
                await NextAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (_announced is null) return; // nothing announced and nothing open: the command is over
        }
    }

    private async ValueTask<StreamedPart> NextAsync(CancellationToken cancellationToken)
    {
        StreamedPart next = await reader.ContinueAfterLiteralAsync(cancellationToken).ConfigureAwait(false);
        _ended = next.Ended;
        _announced = next.Message;
        Close |= next.Close;
        return next;
    }
}
