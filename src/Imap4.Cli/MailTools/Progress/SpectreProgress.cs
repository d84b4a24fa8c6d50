using Spectre.Console;

namespace Imap4.Cli.MailTools.Progress;

/// <summary>Progress bars on a terminal (Spectre.Console), one per folder.</summary>
/// <param name="context">The running progress display.</param>
/// <param name="console">The console, for notes.</param>
internal sealed class SpectreProgress(ProgressContext context, IAnsiConsole console) : IProgressSink
{
    /// <inheritdoc />
    public IFolderProgress Start(string name, long total) =>
        new Folder(context.AddTask(Markup.Escape(name), autoStart: true, maxValue: Math.Max(total, 1)), total);

    /// <inheritdoc />
    public void Note(string text) => console.MarkupLine(Markup.Escape(text));

    private sealed class Folder(ProgressTask task, long total) : IFolderProgress
    {
        public void Advance(long count) => task.Increment(count);

        public void Finish()
        {
            if (total == 0) task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
