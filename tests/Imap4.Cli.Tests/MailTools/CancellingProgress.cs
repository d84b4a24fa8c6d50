using Imap4.Cli.MailTools.Progress;

namespace Imap4.Cli.Tests.MailTools;

/// <summary>Fault injection: cancels the run after a number of messages, as a kill mid-way would stop it.</summary>
internal sealed class CancellingProgress(CancellationTokenSource source, int after) : IProgressSink
{
    private readonly CancellationTokenSource _source = source;
    private readonly int _after = after;
    private int _done;

    public List<string> Notes { get; } = [];

    public IFolderProgress Start(string name, long total) => new Folder(this);

    public void Note(string text) => Notes.Add(text);

    private sealed class Folder(CancellingProgress owner) : IFolderProgress
    {
        public void Advance(long count)
        {
            owner._done += (int)count;
            if (owner._done >= owner._after) owner._source.Cancel();
        }

        public void Finish()
        {
        }
    }
}
