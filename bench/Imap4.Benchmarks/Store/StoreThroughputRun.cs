using System.Diagnostics;
using System.Security.Cryptography;
using Imap4.Protocol.Primitives;
using Imap4.Storage.Tests.Conformance;

using Imap4.Storage;
using Imap4.Storage.Sqlite;

namespace Imap4.Benchmarks.Store;

/// <summary>
/// `dotnet Imap4.Benchmarks.dll --store-throughput DIR`: append and read throughput of the store for 1 KB, 100 KB and
/// 20 MB messages, and for comparison the same bytes as content-addressed files written with fsync. Not a test.
/// </summary>
public static class StoreThroughputRun
{
    // The last case shows what the trigram index costs: the same 100 KB messages with their body left unindexed.
    private static readonly (string Name, int Size, int Count, bool IndexBody)[] Cases =
        [("1 KB", 1024, 1000, true), ("100 KB", 100 * 1024, 200, true), ("20 MB", 20 * 1024 * 1024, 5, true), ("100 KB *", 100 * 1024, 200, false)];

    public static async Task<int> RunAsync(string directory)
    {
        Console.WriteLine("case      | store append msg/s  MB/s | store read MB/s | files append msg/s  MB/s | files read MB/s");
        foreach ((string name, int size, int count, bool indexBody) in Cases)
        {
            byte[] message = TestMessages.Simple(body: new string('x', Math.Max(1, size - 160)) + "\r\n");
            string dir = Path.Combine(directory, "s" + size + indexBody);
            (double storeAppend, double storeRead) = await MeasureStoreAsync(dir, message, count, indexBody);
            (double fileAppend, double fileRead) = await MeasureFilesAsync(Path.Combine(directory, "f" + size + indexBody), message, count);
            double mb = message.Length * (double)count / (1024 * 1024);
            Console.WriteLine($"{name,-9} | {count / storeAppend,16:F1} {mb / storeAppend,6:F1} | {mb / storeRead,15:F1} | {count / fileAppend,16:F1} {mb / fileAppend,6:F1} | {mb / fileRead,15:F1}");
        }
        return 0;
    }

    private static async Task<(double Append, double Read)> MeasureStoreAsync(string dir, byte[] message, int count, bool indexBody)
    {
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(dir, new SqliteMailStoreOptions { MaxMessageSize = 64L * 1024 * 1024, MaxIndexedMessageSize = indexBody ? 1024 * 1024 : 0 });
        IMailbox inbox = await (await store.CreateAccountAsync("bench")).OpenMailboxAsync(MailboxName.Inbox);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++) await inbox.AppendAsync(new MemoryStream(message));
        double append = clock.Elapsed.TotalSeconds;
        clock.Restart();
        byte[] buffer = new byte[64 * 1024];
        for (uint uid = 1; uid <= count; uid++)
        {
            await using Stream content = await inbox.OpenContentAsync(uid);
            while (await content.ReadAsync(buffer) > 0) { }
        }
        return (append, clock.Elapsed.TotalSeconds);
    }

    // The alternative design: write to a temporary file, fsync, rename to the content hash, and (not possible from .NET) fsync the directory.
    private static async Task<(double Append, double Read)> MeasureFilesAsync(string dir, byte[] message, int count)
    {
        Directory.CreateDirectory(dir);
        var names = new List<string>(count);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            byte[] unique = [.. message, .. BitConverter.GetBytes(i)];
            string name = Path.Combine(dir, Convert.ToHexStringLower(SHA256.HashData(unique)));
            string temp = name + ".tmp";
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await file.WriteAsync(unique);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, name);
            // .NET cannot fsync a directory; a real implementation would also pay for that (these figures flatter files)
            names.Add(name);
        }
        double append = clock.Elapsed.TotalSeconds;
        clock.Restart();
        byte[] buffer = new byte[64 * 1024];
        foreach (string name in names)
        {
            await using var file = new FileStream(name, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
            while (await file.ReadAsync(buffer) > 0) { }
        }
        return (append, clock.Elapsed.TotalSeconds);
    }
}
