namespace Imap4.Cli.MailTools.Progress;

/// <summary>No progress output (for <c>--json</c>, whose output is one JSON document); notes go to standard error.</summary>
/// <param name="error">Where notes go.</param>
internal sealed class SilentProgress(TextWriter error) : IProgressSink, IFolderProgress
{
    /// <inheritdoc />
    public IFolderProgress Start(string name, long total) => this;

    /// <inheritdoc />
    public void Note(string text) => error.WriteLine(text);

    /// <inheritdoc />
    public void Advance(long count)
    {
    }

    /// <inheritdoc />
    public void Finish()
    {
    }
}
