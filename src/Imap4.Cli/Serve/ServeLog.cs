using Microsoft.Extensions.Logging;

namespace Imap4.Cli.Serve;

/// <summary>The log messages of <c>imap4 serve</c>.</summary>
internal static partial class ServeLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: finishing in-flight commands.")]
    public static partial void ShuttingDown(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped; the store is closed.")]
    public static partial void Stopped(this ILogger logger);
}
