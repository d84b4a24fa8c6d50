using System.Security.Cryptography.X509Certificates;
using Imap4.Cli.Serve;
using Imap4.Client;

namespace Imap4.Cli.Tests.Serve;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task FirstStart_PrintsPortsAndDemoPassword_AndDemoCanLogIn()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        Assert.NotEqual(0, serve.Info.Port);
        Assert.NotEqual(0, serve.Info.TlsPort);
        Assert.NotNull(serve.Info.DemoPassword);
        await using (ImapConnection connection = await Clients.PlainAsync(serve.Info.Port))
        {
            Assert.Equal(Imap4.Protocol.Responses.StatusKind.Ok, connection.Greeting.Kind);
            Assert.True((await connection.LoginAsync("demo", serve.Info.DemoPassword!)).IsOk);
        }
        Assert.False(await Clients.CanLoginAsync(serve.Info.Port, "demo", "wrong"));
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task DemoPasswordOption_IsUsed()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data, "--demo-password", "s3cret-demo");
        Assert.Equal("s3cret-demo", serve.Info.DemoPassword);
        Assert.True(await Clients.CanLoginAsync(serve.Info.Port, "demo", "s3cret-demo"));
    }

    [Fact]
    public async Task Restart_KeepsAccountAndCertificate_AndDoesNotPrintPasswordAgain()
    {
        using var temp = new TempDirectory();
        string password;
        await using (RunningServe first = await RunningServe.StartAsync(temp.Data))
        {
            password = first.Info.DemoPassword!;
            Assert.Equal(0, await first.StopAsync());
        }
        string certificate = await File.ReadAllTextAsync(Path.Combine(temp.Data, DevelopmentCertificate.CertificateFileName));
        await using RunningServe second = await RunningServe.StartAsync(temp.Data);
        Assert.Null(second.Info.DemoPassword);
        Assert.True(await Clients.CanLoginAsync(second.Info.Port, "demo", password));
        Assert.Equal(certificate, await File.ReadAllTextAsync(Path.Combine(temp.Data, DevelopmentCertificate.CertificateFileName)));
        await using var store = await Imap4.Storage.Sqlite.SqliteMailStore.OpenAsync(temp.Data);
        var inbox = await (await store.OpenAccountAsync("demo")).OpenMailboxAsync(Imap4.Protocol.Primitives.MailboxName.Inbox);
        int count = 0;
        await foreach (var _ in inbox.GetMessagesAsync()) count++;
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task UserAdd_WhileServerRuns_CanLogIn()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        Assert.False(await Clients.CanLoginAsync(serve.Info.Port, "bob", "bobs-password"));
        var output = new StringWriter();
        int code = await CliApp.RunAsync(["user", "add", "bob", "--password", "bobs-password", "--data", temp.Data], output, output, CancellationToken.None);
        Assert.Equal(0, code);
        Assert.True(await Clients.CanLoginAsync(serve.Info.Port, "bob", "bobs-password"));
        code = await CliApp.RunAsync(["user", "passwd", "bob", "--password", "changed", "--data", temp.Data], output, output, CancellationToken.None);
        Assert.Equal(0, code);
        Assert.False(await Clients.CanLoginAsync(serve.Info.Port, "bob", "bobs-password"));
        Assert.True(await Clients.CanLoginAsync(serve.Info.Port, "bob", "changed"));
        code = await CliApp.RunAsync(["user", "delete", "bob", "--data", temp.Data], output, output, CancellationToken.None);
        Assert.Equal(0, code);
        Assert.False(await Clients.CanLoginAsync(serve.Info.Port, "bob", "changed"));
    }

    [Fact]
    public async Task TlsPort_ValidatesWithGeneratedCertificateAsCa()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string caFile = Path.Combine(temp.Data, DevelopmentCertificate.CertificateFileName);
        await using ImapConnection connection = await Clients.TlsAsync(serve.Info.TlsPort, caFile);
        Assert.True(connection.IsEncrypted);
        Assert.True((await connection.LoginAsync("demo", serve.Info.DemoPassword!)).IsOk);
    }

    [Fact]
    public async Task TlsPort_IsRefusedWithoutTrust()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        using var other = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(other.Path, "other.pem"), DevelopmentCertificate.Create().ExportCertificatePem());
        await Assert.ThrowsAnyAsync<ImapException>(() => Clients.TlsAsync(serve.Info.TlsPort, Path.Combine(other.Path, "other.pem")));
    }

    [Fact]
    public async Task GivenCertificateAndKey_AreServed()
    {
        using var temp = new TempDirectory();
        using X509Certificate2 certificate = DevelopmentCertificate.Create();
        string certFile = Path.Combine(temp.Path, "server.crt");
        string keyFile = Path.Combine(temp.Path, "server.key");
        await File.WriteAllTextAsync(certFile, certificate.ExportCertificatePem());
        using (var key = certificate.GetECDsaPrivateKey()!) await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data, "--cert", certFile, "--key", keyFile);
        await using ImapConnection connection = await Clients.TlsAsync(serve.Info.TlsPort, certFile);
        Assert.True(connection.IsEncrypted);
        Assert.False(File.Exists(Path.Combine(temp.Data, DevelopmentCertificate.CertificateFileName)));
    }

    [Fact]
    public async Task MemoryStore_Serves()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data, "--store", "memory");
        Assert.Contains("memory store", serve.Output.Text, StringComparison.Ordinal);
        Assert.True(await Clients.CanLoginAsync(serve.Info.Port, "demo", serve.Info.DemoPassword!));
        Assert.False(File.Exists(Path.Combine(temp.Data, "mail.db")));
    }

    [Theory]
    [InlineData("settings.ini", "[Server]\nGreeting = Configured greeting\nMaxConnections = 7\n[Logging:LogLevel]\nDefault = Warning\n")]
    [InlineData("settings.json", "{ \"Server\": { \"Greeting\": \"Configured greeting\", \"MaxConnections\": 7 } }")]
    public async Task ConfigFile_SetsServerOptions(string fileName, string content)
    {
        using var temp = new TempDirectory();
        string file = Path.Combine(temp.Path, fileName);
        await File.WriteAllTextAsync(file, content);
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data, "--config", file);
        await using ImapConnection connection = await Clients.PlainAsync(serve.Info.Port);
        Assert.Equal("Configured greeting", connection.Greeting.Text);
    }

    [Fact]
    public async Task ConfigFile_UnknownSetting_FailsWithExitCode1()
    {
        using var temp = new TempDirectory();
        string file = Path.Combine(temp.Path, "bad.ini");
        await File.WriteAllTextAsync(file, "[Server]\nNoSuchLimit = 3\n");
        var output = new StringWriter();
        int code = await CliApp.RunAsync(["serve", "--data", temp.Data, "--listen", "127.0.0.1:0", "--tls-listen", "127.0.0.1:0", "--config", file],
            output, output, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.Equal(1, code);
        Assert.Contains("NoSuchLimit", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadListenAddress_FailsWithExitCode1()
    {
        using var temp = new TempDirectory();
        var output = new StringWriter();
        int code = await CliApp.RunAsync(["serve", "--data", temp.Data, "--listen", "nowhere"], output, output, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.Equal(1, code);
        Assert.Contains("ADDR:PORT", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoInbox_HoldsTheSampleMessages()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        await using ImapConnection connection = await Clients.PlainAsync(serve.Info.Port);
        await connection.LoginAsync("demo", serve.Info.DemoPassword!);
        ImapCommandResult select = await connection.ExecuteRawAsync("SELECT INBOX");
        Assert.Equal(3u, Assert.Single(select.Get<Imap4.Protocol.Responses.ExistsResponse>()).Count);
        ImapCommandResult fetch = await connection.ExecuteRawAsync("FETCH 1:* (FLAGS)");
        Assert.Equal(3, fetch.Get<Imap4.Protocol.Responses.FetchResponse>().Count);
    }

    [Fact]
    public async Task Stop_SaysByeToConnectedClients_AndExitsWith0()
    {
        using var temp = new TempDirectory();
        RunningServe serve = await RunningServe.StartAsync(temp.Data);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync("127.0.0.1", serve.Info.Port);
        using var reader = new StreamReader(tcp.GetStream());
        Assert.StartsWith("* OK", await reader.ReadLineAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await serve.StopAsync());
        Assert.StartsWith("* BYE", await reader.ReadLineAsync(), StringComparison.Ordinal);
        await serve.DisposeAsync();
    }

    [Fact]
    public async Task SeveralListeners_AreAllBoundAndPrinted()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data, "--listen", "127.0.0.1:0", "--listen", "127.0.0.1:0");
        var ports = System.Text.RegularExpressions.Regex.Matches(serve.Output.Text, @"imap  127\.0\.0\.1:(\d+)");
        Assert.Equal(2, ports.Count);
        foreach (System.Text.RegularExpressions.Match port in ports)
            Assert.True(await Clients.CanLoginAsync(int.Parse(port.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), "demo", serve.Info.DemoPassword!));
    }

    [Fact]
    public async Task PortInUse_FailsWithExitCode1()
    {
        using var temp = new TempDirectory();
        var blocker = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        blocker.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)blocker.LocalEndpoint).Port;
            var output = new StringWriter();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int code = await CliApp.RunAsync(["serve", "--data", temp.Data, "--listen", $"127.0.0.1:{port}", "--tls-listen", "127.0.0.1:0"], output, output, timeout.Token);
            Assert.Equal(1, code);
            Assert.Contains("imap4: ", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            blocker.Stop();
        }
    }

    [Fact]
    public async Task TlsListenNone_OpensOnlyThePlainListener()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data, "--tls-listen", "none");
        Assert.Equal(0, serve.Info.TlsPort);
        Assert.DoesNotContain("imaps ", serve.Output.Text, StringComparison.Ordinal);
        Assert.True(await Clients.CanLoginAsync(serve.Info.Port, "demo", serve.Info.DemoPassword!));
    }
}
