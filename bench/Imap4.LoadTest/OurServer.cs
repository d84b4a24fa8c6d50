using System.Diagnostics;
using System.Globalization;

namespace Imap4.LoadTest;

/// <summary>Our server (<see cref="ServeMode"/>) in a child process of this tool, on the in-memory or the SQLite store.</summary>
public sealed class OurServer : ITarget
{
    private readonly Process _process;
    private readonly string _directory;

    private OurServer(string name, Process process, int port, string directory)
    {
        Name = name;
        _process = process;
        Port = port;
        _directory = directory;
    }

    public string Name { get; }

    public int Port { get; }

    /// <summary>Starts <c>serve</c> with the given store (memory or sqlite) and users u0..u{users-1}.</summary>
    public static async Task<OurServer> StartAsync(string store, int users)
    {
        string directory = Directory.CreateTempSubdirectory("imap4-bench-").FullName;
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(OurServer).Assembly.Location);
        foreach (string arg in new[] { "serve", store, directory, users.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
        Process process = Process.Start(start) ?? throw new InvalidOperationException("server did not start");
        string? line = await process.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("PORT ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"server did not report its port: {line}");
        }
        return new OurServer(store, process, int.Parse(line.AsSpan(5), CultureInfo.InvariantCulture), directory);
    }

    public async Task<MemorySample> SampleMemoryAsync()
    {
        // RSS first: the forced collection of "stats" would shrink it.
        MemorySample tree = ProcMemory.Tree(_process.Id);
        await _process.StandardInput.WriteLineAsync("stats");
        await _process.StandardInput.FlushAsync();
        string? line = await _process.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("STATS ", StringComparison.Ordinal)) throw new InvalidOperationException($"bad stats line: {line}");
        return tree with { GcHeap = long.Parse(line.AsSpan(6), CultureInfo.InvariantCulture) };
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
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
