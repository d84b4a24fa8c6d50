using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Imap4.Testing;

namespace Imap4.LoadTest;

/// <summary>
/// A private Dovecot configured as the test fixture (tests/Imap4.Testing/DovecotServer.cs: maildir in a temp directory,
/// passwd-file users, plaintext login on loopback, no TLS, the zlib/quota/acl plugins) but with users u0..u{N-1}
/// (password <c>pass</c>, PLAIN scheme) and the process and connection limits raised for thousands of clients: one
/// imap process per connection (Dovecot's default, client_limit 1), process_limit and mail_max_userip_connections
/// raised. Run as root, mail processes run as nobody.
/// </summary>
public sealed class DovecotTarget : ITarget
{
    private const string Binary = "/usr/sbin/dovecot";
    private static readonly string[] LogLevels = ["Warning:", "Error:", "Fatal:"];
    private readonly Process _process;
    private readonly string _directory;

    private DovecotTarget(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        _directory = directory;
    }

    public string Name => "dovecot";

    public int Port { get; }

    public static async Task<DovecotTarget> StartAsync(int users, int maxConnections)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("the Dovecot target runs on Linux");
        if (!File.Exists(Binary)) throw new InvalidOperationException("Dovecot is not installed: apt-get install -y dovecot-imapd");
        string dir = Directory.CreateTempSubdirectory("imap4-bench-dovecot-").FullName;
        File.SetUnixFileMode(dir, (UnixFileMode)0x1ED); // 0755: login and mail processes run as other users
        string mail = Path.Combine(dir, "mail");
        Directory.CreateDirectory(mail);
        File.SetUnixFileMode(mail, (UnixFileMode)0x1FF); // 0777: mail processes run as nobody
        Directory.CreateDirectory(Path.Combine(dir, "run"));
        Directory.CreateDirectory(Path.Combine(dir, "state"));
        var passwd = new StringBuilder();
        for (int i = 0; i < users; i++) passwd.Append(ServeMode.UserName(i)).Append(":{PLAIN}").Append(ServeMode.Password).Append("::::::\n");
        await File.WriteAllTextAsync(Path.Combine(dir, "passwd"), passwd.ToString());
        int port = LoopbackPort.Free();
        string config = Path.Combine(dir, "dovecot.conf");
        await File.WriteAllTextAsync(config, Config(dir, port, maxConnections + 100));
        var start = new ProcessStartInfo(Binary, ["-F", "-c", config]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        Process process = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start");
        var target = new DovecotTarget(process, port, dir);
        await target.WaitReadyAsync();
        return target;
    }

    private static string Config(string dir, int port, int limit) => $$"""
        base_dir = {{dir}}/run
        state_dir = {{dir}}/state
        log_path = {{dir}}/dovecot.log
        protocols = imap
        listen = 127.0.0.1
        ssl = no
        disable_plaintext_auth = no
        auth_mechanisms = plain login
        default_internal_user = root
        default_internal_group = root
        default_login_user = dovenull
        first_valid_uid = 1
        first_valid_gid = 1
        mail_location = maildir:{{dir}}/mail/%u
        mail_plugins = $mail_plugins zlib quota acl
        default_process_limit = {{limit}}
        default_client_limit = {{limit * 2}}
        protocol imap {
          mail_plugins = $mail_plugins imap_zlib imap_quota imap_acl
          mail_max_userip_connections = {{limit}}
        }
        namespace inbox {
          inbox = yes
        }
        plugin {
          quota = maildir:User quota
          quota_rule = *:storage=100G
          acl = vfile
          acl_anyone = allow
        }
        passdb {
          driver = passwd-file
          args = scheme=PLAIN username_format=%u {{dir}}/passwd
        }
        userdb {
          driver = static
          args = uid=65534 gid=65534 home={{dir}}/mail/%u
        }
        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{port}}
          }
          inet_listener imaps {
            port = 0
          }
        }
        service imap {
          process_limit = {{limit}}
        }
        service anvil {
          client_limit = {{limit * 3}}
        }
        """;

    public Task<MemorySample> SampleMemoryAsync() => Task.FromResult(ProcMemory.Tree(_process.Id));

    /// <summary>The tail of Dovecot's log (for errors).</summary>
    public string LogTail()
    {
        string log = Path.Combine(_directory, "dovecot.log");
        if (!File.Exists(log)) return "";
        string text = File.ReadAllText(log);
        return text.Length > 3000 ? text[^3000..] : text;
    }

    /// <summary>Dovecot's warnings and errors (e.g. a limit reached) on standard error: they would distort its figures.</summary>
    private void ReportLogProblems()
    {
        string log = Path.Combine(_directory, "dovecot.log");
        if (!File.Exists(log)) return;
        // Grouped by the text after the level, so that one warning from a thousand processes is one line.
        var problems = File.ReadLines(log)
            .Select(l => LogLevels.Select(level => l.IndexOf(level, StringComparison.Ordinal)).Where(i => i >= 0).Select(i => l[i..]).FirstOrDefault())
            .OfType<string>()
            .GroupBy(text => text, StringComparer.Ordinal);
        foreach (var problem in problems) Console.Error.WriteLine($"dovecot log, {problem.Count()} times: {problem.Key}");
    }


    private async Task WaitReadyAsync()
    {
        for (int attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"dovecot exited: {await _process.StandardError.ReadToEndAsync()}\n{LogTail()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var buffer = new byte[256];
                if (await client.GetStream().ReadAsync(buffer) > 0) return;
            }
            catch (SocketException)
            {
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("dovecot did not start listening: " + LogTail());
    }

    public async ValueTask DisposeAsync()
    {
        ReportLogProblems();
        string config = Path.Combine(_directory, "dovecot.conf");
        using (Process? stop = Process.Start(new ProcessStartInfo(Binary, ["-c", config, "stop"]) { UseShellExecute = false, RedirectStandardError = true }))
        {
            if (stop is not null) await stop.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
