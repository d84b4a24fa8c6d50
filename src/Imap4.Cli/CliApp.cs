using System.CommandLine;

namespace Imap4.Cli;

/// <summary>The <c>imap4</c> command line: builds the command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("imap4: an IMAP server, client and mail tools.");
        return root.Parse(args).InvokeAsync();
    }
}
