using System.CommandLine;

namespace Imap4.Cli.MailTools;

/// <summary>The options the mail tools share: <c>--format</c> and <c>--batch-size</c>.</summary>
internal static class MailToolOptions
{
    /// <summary>A <c>--format maildir|mbox</c> option.</summary>
    /// <param name="fallback">The default.</param>
    /// <returns>The option.</returns>
    public static Option<MailFormat> Format(MailFormat fallback) => new("--format")
    {
        Description = "maildir or mbox (mboxrd).",
        DefaultValueFactory = _ => fallback,
        HelpName = "maildir|mbox",
    };

    /// <summary>A <c>--batch-size N</c> option (<see cref="MailToolsOptions.BatchSize"/>).</summary>
    /// <returns>The option.</returns>
    public static Option<int> BatchSize() => new("--batch-size")
    {
        Description = "Messages per UID FETCH batch and per state checkpoint.",
        DefaultValueFactory = _ => MailToolsOptions.Default.BatchSize,
        HelpName = "N",
    };

    /// <summary>The settings from a parse result.</summary>
    /// <param name="result">The parse result.</param>
    /// <param name="batchSize">The batch-size option.</param>
    /// <returns>The validated settings.</returns>
    public static MailToolsOptions Read(ParseResult result, Option<int> batchSize)
    {
        var options = MailToolsOptions.Default with { BatchSize = result.GetValue(batchSize) };
        options.Validate();
        return options;
    }
}
