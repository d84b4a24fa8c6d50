using System.CommandLine;

namespace Imap4.Cli.Common;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The default data directory, relative to the working directory.</summary>
    public const string DefaultDataDirectory = "imap4-data";

    /// <summary>A new <c>--data DIR</c> option (System.CommandLine options belong to one command each).</summary>
    /// <returns>The option.</returns>
    public static Option<string> Data() => new("--data", "-d")
    {
        Description = "The data directory (users, mail store, certificate).",
        DefaultValueFactory = _ => DefaultDataDirectory,
        HelpName = "DIR",
    };
}
