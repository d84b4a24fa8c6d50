using Spectre.Console;

namespace Imap4.Cli.MailTools.Progress;

/// <summary>Chooses the progress display: bars when standard output is a terminal, plain lines otherwise.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="body"/> with a progress sink writing to <paramref name="output"/>.</summary>
    /// <typeparam name="T">The body's result.</typeparam>
    /// <param name="output">The command's standard output.</param>
    /// <param name="error">The command's standard error (notes when <paramref name="silent"/>).</param>
    /// <param name="silent">True for no progress output (<c>--json</c>).</param>
    /// <param name="body">The work.</param>
    /// <returns>The body's result.</returns>
    public static async Task<T> RunAsync<T>(TextWriter output, TextWriter error, bool silent, Func<IProgressSink, Task<T>> body)
    {
        if (silent) return await body(new SilentProgress(error)).ConfigureAwait(false);
        if (!IsTerminal(output)) return await body(new PlainProgress(output)).ConfigureAwait(false);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => body(new SpectreProgress(context, console))).ConfigureAwait(false);
    }

    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
