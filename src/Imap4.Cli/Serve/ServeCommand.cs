using System.CommandLine;
using Imap4.Cli.Common;
using Microsoft.Extensions.Logging;

namespace Imap4.Cli.Serve;

/// <summary><c>imap4 serve</c>: runs an IMAP server on a data directory.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        Option<string> data = CommonOptions.Data();
        var listen = new Option<string[]>("--listen", "-l")
        {
            Description = "Plain IMAP listener ADDR:PORT (STARTTLS offered); repeatable; port 0 picks a free port; none for no plain listener.",
            DefaultValueFactory = _ => ["127.0.0.1:1143"],
            HelpName = "ADDR:PORT",
        };
        var tlsListen = new Option<string[]>("--tls-listen")
        {
            Description = "Implicit-TLS listener ADDR:PORT; repeatable; none for no TLS listener.",
            DefaultValueFactory = _ => ["127.0.0.1:1993"],
            HelpName = "ADDR:PORT",
        };
        var cert = new Option<string?>("--cert") { Description = "PEM certificate (default: a generated development certificate).", HelpName = "FILE" };
        var key = new Option<string?>("--key") { Description = "PEM private key of --cert.", HelpName = "FILE" };
        var store = new Option<StoreKind>("--store") { Description = "Mail store: sqlite (durable, in the data directory) or memory.", DefaultValueFactory = _ => StoreKind.Sqlite };
        var config = new Option<string?>("--config") { Description = "INI or JSON file: [Server] limits, [Logging:LogLevel] levels.", HelpName = "FILE" };
        var demoPassword = new Option<string?>("--demo-password") { Description = "Password of the demo account created on first start (default: random).", HelpName = "PASS" };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "Minimum log level.", DefaultValueFactory = _ => LogLevel.Information };
        var command = new Command("serve", "Run an IMAP server (creates a demo account on first start).")
        {
            data, listen, tlsListen, cert, key, store, config, demoPassword, logLevel,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, output =>
        {
            var settings = new ServeSettings
            {
                DataDirectory = result.GetValue(data)!,
                Listen = EndpointParser.ParseAll(result.GetValue(listen) ?? []),
                TlsListen = EndpointParser.ParseAll(result.GetValue(tlsListen) ?? []),
                CertificateFile = result.GetValue(cert),
                KeyFile = result.GetValue(key),
                Store = result.GetValue(store),
                ConfigFile = result.GetValue(config),
                DemoPassword = result.GetValue(demoPassword),
                LogLevel = result.GetValue(logLevel),
            };
            if (settings.Listen.Count + settings.TlsListen.Count == 0) throw new ArgumentException("Nothing to listen on: give --listen or --tls-listen.");
            return ServeHost.RunAsync(settings, output, cancellationToken);
        }));
        return command;
    }
}
