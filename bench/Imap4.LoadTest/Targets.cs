namespace Imap4.LoadTest;

/// <summary>Starts a target by name: memory, sqlite (our server in a child process) or dovecot.</summary>
public static class Targets
{
    public static async Task<ITarget> StartAsync(string name, int users, int maxConnections) => name switch
    {
        "memory" or "sqlite" => await OurServer.StartAsync(name, users),
        "dovecot" => await DovecotTarget.StartAsync(users, maxConnections),
        _ => throw new ArgumentException($"unknown target {name} (memory, sqlite, dovecot)", nameof(name)),
    };
}
