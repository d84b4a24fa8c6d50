using System.Net;
using System.Security.Cryptography.X509Certificates;
using Imap4.Cli.Common;
using Imap4.Cli.Users;
using Imap4.Server;
using Imap4.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Imap4.Cli.Serve;

/// <summary>Runs the server of <c>imap4 serve</c> until cancelled, then shuts it down gracefully.</summary>
public static class ServeHost
{
    /// <summary>How long in-flight commands get to finish on shutdown before connections are aborted.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    /// <summary>Starts the server, prints how to connect, and runs until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="output">Where the connection help goes.</param>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, SIGTERM).</param>
    /// <returns>The exit code: 0 after a clean shutdown.</returns>
    public static async Task<int> RunAsync(ServeSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        IConfiguration configuration = ServerConfiguration.Load(settings.ConfigFile);
        using ILoggerFactory loggers = ServerConfiguration.CreateLoggerFactory(configuration, settings.LogLevel);
        ILogger log = loggers.CreateLogger("Imap4.Cli.Serve");
        Directory.CreateDirectory(settings.DataDirectory);
        IMailStore store = await MailStores.OpenAsync(settings.Store, settings.DataDirectory, cancellationToken).ConfigureAwait(false);
        try
        {
            var administration = new UserAdministration(settings.DataDirectory);
            string? demoPassword = await DemoAccount.PrepareAsync(administration, store, settings.DemoPassword, cancellationToken).ConfigureAwait(false);
            using var users = new FileUserDirectory(administration.UserFilePath);
            (X509Certificate2? certificate, string? trustFile) = await LoadCertificateAsync(settings, cancellationToken).ConfigureAwait(false);
            using (certificate)
            {
                ImapServerOptions options = CreateOptions(settings, configuration, loggers, users, store, certificate);
                var server = new ImapServer(options);
                await using (server.ConfigureAwait(false))
                {
                    await server.StartAsync(cancellationToken).ConfigureAwait(false);
                    await ConnectionHelp.WriteAsync(output, options.Endpoints, server.BoundEndPoints, settings, demoPassword, trustFile).ConfigureAwait(false);
                    await WaitForCancellationAsync(cancellationToken).ConfigureAwait(false);
                    log.ShuttingDown();
                    using var grace = new CancellationTokenSource(ShutdownGrace);
                    await server.StopAsync(grace.Token).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await MailStores.DisposeAsync(store).ConfigureAwait(false);
        }
        log.Stopped();
        return 0;
    }

    private static ImapServerOptions CreateOptions(ServeSettings settings, IConfiguration configuration, ILoggerFactory loggers,
        FileUserDirectory users, IMailStore store, X509Certificate2? certificate)
    {
        var options = new ImapServerOptions();
        ServerConfiguration.ApplyLimits(configuration, options);
        options.Users = users;
        options.LoggerFactory = loggers;
        options.Certificate = certificate;
        options.MailBackend = MailBackends.Create(store);
        foreach (IPEndPoint endPoint in settings.Listen) options.Endpoints.Add(new ImapEndpoint(endPoint));
        if (certificate is not null)
        {
            foreach (IPEndPoint endPoint in settings.TlsListen) options.Endpoints.Add(new ImapEndpoint(endPoint, ImapEndpointSecurity.ImplicitTls));
        }
        return options;
    }

    // The certificate and, for the generated one, the file clients can trust as their CA.
    private static async Task<(X509Certificate2? Certificate, string? TrustFile)> LoadCertificateAsync(ServeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.CertificateFile is not null) return (DevelopmentCertificate.Load(settings.CertificateFile, settings.KeyFile), null);
        if (settings.KeyFile is not null) throw new ArgumentException("--key needs --cert.");
        X509Certificate2 certificate = await DevelopmentCertificate.LoadOrCreateAsync(settings.DataDirectory, cancellationToken).ConfigureAwait(false);
        return (certificate, Path.Combine(Path.GetFullPath(settings.DataDirectory), DevelopmentCertificate.CertificateFileName));
    }

    private static async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the normal way to stop.
        }
    }
}
