using Imap4.Server.Authentication;

namespace Imap4.Server.Tests.Support;

/// <summary>Server options for tests: fast hashing, short delays, one user alice/secret.</summary>
internal static class Servers
{
    public const string User = "alice";
    public const string Password = "secret";

    public static ImapServerOptions Options(Action<ImapServerOptions>? configure = null)
    {
        var options = new ImapServerOptions
        {
            Users = new InMemoryUserDirectory { Iterations = 4096 },
            FailedLoginDelay = TimeSpan.FromMilliseconds(10),
            // Tests written before \Recent expect every message old; RecentTests turn it back on.
            RecentForRev1 = false,
        };
        configure?.Invoke(options);
        return options;
    }

    public static async Task<ImapTestServer> StartAsync(Action<ImapServerOptions>? configure = null)
    {
        ImapTestServer server = await ImapTestServer.StartAsync(Options(configure));
        server.AddUser(User, Password);
        return server;
    }

    /// <summary>The capability atoms of a <c>* CAPABILITY</c> line or of a <c>[CAPABILITY ...]</c> code.</summary>
    public static HashSet<string> Capabilities(string line)
    {
        int start = line.IndexOf("CAPABILITY ", StringComparison.Ordinal) + "CAPABILITY ".Length;
        int end = line.IndexOf(']', start);
        string list = end < 0 ? line[start..] : line[start..end];
        return new HashSet<string>(list.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
    }
}
