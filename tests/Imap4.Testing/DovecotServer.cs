using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Imap4.Testing;

/// <summary>
/// A private Dovecot IMAP server for interop tests: generated config in a temp directory (own base_dir, maildir,
/// passwd-file user, no TLS, plaintext login on loopback, COMPRESS=DEFLATE via imap_zlib, quota, ACL, METADATA,
/// special-use folders Drafts/Sent/Trash/Junk (subscribed) and Archive, log file), on a free 127.0.0.1 port. Works as root: internal
/// processes run as root, the login process as dovenull and mail processes as nobody (Dovecot refuses uid 0 for both).
/// Fails loudly when Dovecot is not installed.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    public const string DovecotBinary = "/usr/sbin/dovecot";
    public const string InstallHint = "Dovecot is not installed: run `apt-get install -y dovecot-imapd` (scripts/test.sh does this).";

    private readonly Process _process;

    private DovecotServer(string directory, int port, Process process)
    {
        Directory = directory;
        Port = port;
        _process = process;
    }

    public string Directory { get; }

    public int Port { get; }

    public static string User => "test";

    public static string Password => "pass";

    public string LogPath => Path.Combine(Directory, "dovecot.log");

    public string ReadLog() => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no log written)";

    /// <summary>The generated dovecot.conf (e.g. to run <c>/usr/lib/dovecot/imap -c</c> with it).</summary>
    public string ConfigPath => Path.Combine(Directory, "dovecot.conf");

    public static Task<DovecotServer> StartAsync() => StartAsync(quotaMegabytes: 100);

    /// <summary>Starts a server whose user quota is the given size (large-message tests need more than 100 MB).</summary>
    public static async Task<DovecotServer> StartAsync(int quotaMegabytes)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("Dovecot tests run on Linux");
        if (!File.Exists(DovecotBinary)) throw new InvalidOperationException(InstallHint);
        string dir = System.IO.Directory.CreateTempSubdirectory("imap4-dovecot-").FullName;
        File.SetUnixFileMode(dir, (UnixFileMode)0x1ED); // 0755: login and mail processes run as other users
        string mail = Path.Combine(dir, "mail");
        System.IO.Directory.CreateDirectory(mail);
        File.SetUnixFileMode(mail, (UnixFileMode)0x1FF); // 0777: mail processes run as nobody
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "run"));
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "state"));
        File.WriteAllText(Path.Combine(dir, "passwd"), "test:{PLAIN}pass::::::\n");
        int port = LoopbackPort.Free();
        File.WriteAllText(Path.Combine(dir, "dovecot.conf"), Config(dir, port, quotaMegabytes));
        var start = new ProcessStartInfo(DovecotBinary, ["-F", "-c", Path.Combine(dir, "dovecot.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + DovecotBinary);
        var server = new DovecotServer(dir, port, process);
        try
        {
            await server.WaitUntilReadyAsync().ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string Config(string dir, int port, int quotaMegabytes)
    {
        string internalUser = IsRoot ? "root" : Environment.UserName;
        string loginUser = IsRoot ? "dovenull" : Environment.UserName;
        string userdb = IsRoot ? "uid=65534 gid=65534" : $"uid={Environment.UserName} gid={Environment.UserName}";
        return $$"""
            base_dir = {{dir}}/run
            state_dir = {{dir}}/state
            log_path = {{dir}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            default_internal_user = {{internalUser}}
            default_internal_group = {{(IsRoot ? "root" : internalUser)}}
            default_login_user = {{loginUser}}
            first_valid_uid = 1
            first_valid_gid = 1
            mail_location = maildir:{{dir}}/mail/%u
            mail_plugins = $mail_plugins zlib quota acl
            mail_attribute_dict = file:%h/dovecot-attributes
            protocol imap {
              mail_plugins = $mail_plugins imap_zlib imap_quota imap_acl
              imap_metadata = yes
            }
            namespace inbox {
              inbox = yes
              mailbox Drafts {
                special_use = \Drafts
                auto = subscribe
              }
              mailbox Sent {
                special_use = \Sent
                auto = subscribe
              }
              mailbox Trash {
                special_use = \Trash
                auto = subscribe
              }
              mailbox Junk {
                special_use = \Junk
                auto = subscribe
              }
              mailbox Archive {
                special_use = \Archive
                auto = create
              }
            }
            plugin {
              quota = maildir:User quota
              quota_rule = *:storage={{quotaMegabytes}}M
              acl = vfile
              acl_anyone = allow
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{dir}}/passwd
            }
            userdb {
              driver = static
              args = {{userdb}} home={{dir}}/mail/%u
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
            """;
    }


    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Dovecot exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync().ConfigureAwait(false)}\nlog:\n{ReadLog()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port).ConfigureAwait(false);
                var buffer = new byte[512];
                int n = await client.GetStream().ReadAsync(buffer).ConfigureAwait(false);
                if (n > 0 && Encoding.ASCII.GetString(buffer, 0, n).StartsWith("* OK", StringComparison.Ordinal)) return;
            }
            catch (SocketException)
            {
            }
            catch (IOException)
            {
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        throw new InvalidOperationException("Dovecot did not accept connections within 20 s. Log:\n" + ReadLog());
    }

    /// <summary>Logs in a new raw client.</summary>
    public async Task<RawImapClient> ConnectAsync()
    {
        var client = await RawImapClient.ConnectAsync("127.0.0.1", Port).ConfigureAwait(false);
        await client.CommandAsync($"LOGIN {User} {Password}").ConfigureAwait(false);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using var stop = Process.Start(new ProcessStartInfo(DovecotBinary, ["-c", Path.Combine(Directory, "dovecot.conf"), "stop"]) { UseShellExecute = false, RedirectStandardError = true });
                if (stop is not null) await stop.WaitForExitAsync().ConfigureAwait(false);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            _process.Dispose();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
