namespace Imap4.Storage.Sqlite.Tests;

/// <summary>Entry point of the test assembly when run as a program (the test runner does not use it).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "crash-child") return await CrashChild.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        await Console.Error.WriteLineAsync("usage: crash-child <directory> <tasks>");
        return 2;
    }
}
