using Imap4.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Imap4.Cli.Serve;

/// <summary>
/// The optional configuration file of <c>imap4 serve</c> (INI when it ends in <c>.ini</c>, otherwise JSON): section
/// <c>Server</c> sets <see cref="ImapServerOptions"/> limits by property name (e.g. <c>MaxConnections</c>,
/// <c>AutologoutTimeout=00:30:00</c>), section <c>Logging</c> the log levels as in ASP.NET Core
/// (<c>[Logging:LogLevel]</c> <c>Default=Debug</c>).
/// </summary>
public static class ServerConfiguration
{
    /// <summary>Reads the configuration file, or an empty configuration when there is none.</summary>
    /// <param name="file">The file, or null.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IConfiguration Load(string? file)
    {
        var builder = new ConfigurationBuilder();
        if (file is null) return builder.Build();
        string path = Path.GetFullPath(file);
        if (!File.Exists(path)) throw new FileNotFoundException($"Configuration file {path} not found.", path);
        if (path.EndsWith(".ini", StringComparison.OrdinalIgnoreCase)) builder.AddIniFile(path, optional: false);
        else builder.AddJsonFile(path, optional: false);
        return builder.Build();
    }

    /// <summary>Applies section <c>Server</c> to the options.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="options">The options to change.</param>
    /// <exception cref="InvalidOperationException">A value cannot be converted.</exception>
    public static void ApplyLimits(IConfiguration configuration, ImapServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.GetSection("Server").Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
    }

    /// <summary>Creates the console logger factory: everything on standard error, so standard output stays for the user.</summary>
    /// <param name="configuration">The configuration (section <c>Logging</c>).</param>
    /// <param name="minimumLevel">The default minimum level.</param>
    /// <returns>The logger factory.</returns>
    public static ILoggerFactory CreateLoggerFactory(IConfiguration configuration, LogLevel minimumLevel) => LoggerFactory.Create(logging =>
    {
        logging.SetMinimumLevel(minimumLevel);
        // Kestrel's own connection chatter is noise for an IMAP server.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
