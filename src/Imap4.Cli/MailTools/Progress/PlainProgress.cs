using System.Globalization;

namespace Imap4.Cli.MailTools.Progress;

/// <summary>Progress as plain lines (<c>INBOX: 120/500</c>) for logs and pipes: one line per step of at least
/// <see cref="LineEvery"/> messages and one when a folder is done.</summary>
/// <param name="output">Where the lines go.</param>
internal sealed class PlainProgress(TextWriter output) : IProgressSink
{
    /// <summary>The number of messages between two progress lines.</summary>
    public const int LineEvery = 100;

    /// <inheritdoc />
    public IFolderProgress Start(string name, long total) => new Folder(output, name, total);

    /// <inheritdoc />
    public void Note(string text) => output.WriteLine(text);

    private sealed class Folder(TextWriter output, string name, long total) : IFolderProgress
    {
        private long _done;
        private long _printed = -1;

        public void Advance(long count)
        {
            _done += count;
            if (_done - Math.Max(_printed, 0) >= LineEvery) Print();
        }

        public void Finish()
        {
            if (_printed != _done) Print();
        }

        private void Print()
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {_done}/{total}"));
            _printed = _done;
        }
    }
}
