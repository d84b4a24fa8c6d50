using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Imap4.Client;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Testing;

namespace Imap4.Benchmarks;

/// <summary>
/// <c>--dovecot [messages] [downloads] [rounds]</c>: against a private Dovecot (Imap4.Testing's generated config),
/// fills INBOX, then measures ImapClient and Python's imaplib (bench/peers/imaplib/fetch.py, raw) in the same run:
/// UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE), and one UID FETCH BODY.PEEK[] per
/// message for the first downloads. Reports messages/s and bytes per message, and the ratio.
/// </summary>
public static class DovecotRun
{
    private static readonly FetchAttribute[] Items =
        [FetchAttribute.Uid, FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.Rfc822Size, FetchAttribute.Envelope, FetchAttribute.BodyStructure];

    public static async Task RunAsync(int messages, int downloads, int rounds)
    {
        await using DovecotServer server = await DovecotServer.StartAsync(quotaMegabytes: 8192).ConfigureAwait(false);
        var options = new ImapClientOptions { Connection = ImapConnectionOptions.Default with { ReadTimeout = TimeSpan.FromMinutes(2) } };
        await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", server.Port, options).ConfigureAwait(false);
        await client.LoginAsync(DovecotServer.User, DovecotServer.Password).ConfigureAwait(false);
        var fill = Stopwatch.StartNew();
        await FillAsync(client, messages).ConfigureAwait(false);
        Console.WriteLine($"Dovecot {server.Port}: {messages} messages appended in {fill.Elapsed.TotalSeconds:F1} s (MULTIAPPEND, 250 per command)");
        await client.SelectAsync("INBOX").ConfigureAwait(false);

        await FetchAllAsync(client, messages).ConfigureAwait(false); // warm-up (server caches, JIT tiering)
        await DownloadAsync(client, downloads).ConfigureAwait(false);
        // Rounds alternate between the two clients so that load from elsewhere on the machine hits both alike.
        (double Seconds, long Allocated, double Cpu) fetch = (double.MaxValue, long.MaxValue, 0), download = fetch;
        JsonElement? peer = null;
        for (int round = 0; round < rounds; round++)
        {
            fetch = Better(fetch, await BestAsync(1, () => FetchAllAsync(client, messages)).ConfigureAwait(false));
            download = Better(download, await BestAsync(1, () => DownloadAsync(client, downloads)).ConfigureAwait(false));
            JsonElement next = RunImaplib(server.Port, messages, downloads, 1);
            peer = peer is { } best ? BetterPeer(best, next) : next;
        }
        (double fetchSeconds, long fetchBytes, double fetchCpu) = fetch;
        (double downloadSeconds, long downloadBytes, double downloadCpu) = download;
        JsonElement py = peer!.Value;
        double pyFetch = py.GetProperty("fetchMessagesPerSecond").GetDouble();
        double pyDownload = py.GetProperty("downloadMessagesPerSecond").GetDouble();
        Console.WriteLine();
        Console.WriteLine($"{"",-34} {"Imap4 msgs/s",13} {"imaplib msgs/s",15} {"ratio",7} {"Imap4 alloc B/msg",18} {"imaplib peak B/msg",19} {"Imap4 CPU us/msg",17} {"imaplib CPU us/msg",19}");
        Row($"FETCH metadata of {messages}", messages / fetchSeconds, pyFetch, fetchBytes / (double)messages, py.GetProperty("fetchPeakBytesPerMessage").GetDouble(),
            fetchCpu * 1e6 / messages, py.GetProperty("fetchCpuMicrosecondsPerMessage").GetDouble());
        Row($"download {downloads} (1 UID FETCH each)", downloads / downloadSeconds, pyDownload, downloadBytes / (double)downloads, py.GetProperty("downloadPeakBytesPerMessage").GetDouble(),
            downloadCpu * 1e6 / downloads, py.GetProperty("downloadCpuMicrosecondsPerMessage").GetDouble());
        Console.WriteLine("Imap4: typed results (envelope, body structure); alloc = GC.GetTotalAllocatedBytes delta, best round.");
        Console.WriteLine("imaplib: raw unparsed bytes; peak = tracemalloc peak during one extra round (a lower bound on allocation). Best of the alternating rounds.");
    }

    private static (double Seconds, long Allocated, double Cpu) Better((double Seconds, long Allocated, double Cpu) a, (double Seconds, long Allocated, double Cpu) b) =>
        (b.Seconds < a.Seconds ? b.Seconds : a.Seconds, Math.Min(a.Allocated, b.Allocated), b.Seconds < a.Seconds ? b.Cpu : a.Cpu);

    /// <summary>The faster imaplib figures of two runs (per measurement).</summary>
    private static JsonElement BetterPeer(JsonElement a, JsonElement b)
    {
        var merged = new Dictionary<string, double>();
        foreach (string kind in new[] { "fetch", "download" })
        {
            JsonElement best = a.GetProperty(kind + "MessagesPerSecond").GetDouble() >= b.GetProperty(kind + "MessagesPerSecond").GetDouble() ? a : b;
            foreach (string field in new[] { "MessagesPerSecond", "PeakBytesPerMessage", "CpuMicrosecondsPerMessage" })
                merged[kind + field] = best.GetProperty(kind + field).GetDouble();
        }
        return JsonSerializer.SerializeToElement(merged);
    }

    private static void Row(string what, double ours, double theirs, double ourBytes, double theirPeak, double ourCpu, double theirCpu) =>
        Console.WriteLine($"{what,-34} {ours,13:F0} {theirs,15:F0} {ours / theirs,6:F2}x {ourBytes,18:F0} {theirPeak,19:F0} {ourCpu,17:F1} {theirCpu,19:F1}");

    /// <summary>Best wall time, least allocation, and the process CPU time of the best round (all threads).</summary>
    private static async Task<(double Seconds, long Allocated, double CpuSeconds)> BestAsync(int rounds, Func<Task> action)
    {
        double best = double.MaxValue, cpu = 0;
        long allocated = long.MaxValue;
        using Process self = Process.GetCurrentProcess();
        for (int i = 0; i < rounds; i++)
        {
            self.Refresh();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            await action().ConfigureAwait(false);
            double elapsed = sw.Elapsed.TotalSeconds;
            allocated = Math.Min(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
            self.Refresh();
            if (elapsed < best) (best, cpu) = (elapsed, (self.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        return (best, allocated, cpu);
    }

    private static async Task FetchAllAsync(ImapClient client, int messages)
    {
        (int n, int attachments, _, _) = await ClientFetchRun.ConsumeAsync(client.FetchAsync(MessageSet.All, Items)).ConfigureAwait(false);
        if (n != messages || attachments != messages / 3 + (messages % 3 > 0 ? 1 : 0))
            throw new InvalidOperationException($"fetched {n} messages with {attachments} attachments");
    }

    private static async Task DownloadAsync(ImapClient client, int downloads)
    {
        for (uint uid = 1; uid <= downloads; uid++)
        {
            if (await client.DownloadAsync(uid, BodySection.All, Stream.Null).ConfigureAwait(false) is not > 0)
                throw new InvalidOperationException($"UID {uid} not downloaded");
        }
    }

    private static async Task FillAsync(ImapClient client, int messages)
    {
        var batch = new List<AppendMessage>();
        var date = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < messages; i++)
        {
            batch.Add(new AppendMessage(Message(i)) { InternalDate = date.AddMinutes(i) });
            if (batch.Count < 250 && i < messages - 1) continue;
            await client.AppendAsync("INBOX", batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    /// <summary>Every third message is multipart with a PDF attachment; the others are plain text. 2-6 KB each.</summary>
    private static byte[] Message(int i)
    {
        var sb = new StringBuilder(6000);
        sb.Append(CultureInfo.InvariantCulture, $"From: \"Sender {i % 97}\" <sender{i % 97}@example.com>\r\nTo: bob@example.com, \"Carol\" <carol@example.com>\r\n")
          .Append(CultureInfo.InvariantCulture, $"Subject: =?utf-8?q?Quarterly_report_=E2=80=94_draft_{i}?=\r\nMessage-ID: <m{i}@example.com>\r\n")
          .Append("Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n");
        string text = string.Concat(Enumerable.Repeat($"Line of message {i}, some ordinary text to make it realistic.\r\n", 20 + (i % 40)));
        if (i % 3 != 0)
            return Encoding.UTF8.GetBytes(sb.Append("Content-Type: text/plain; charset=utf-8\r\n\r\n").Append(text).ToString());
        string pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"%PDF-1.4 {i} ", 150))), Base64FormattingOptions.InsertLineBreaks);
        sb.Append("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n--b0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").Append(text)
          .Append("\r\n--b0\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\nContent-Disposition: attachment; filename=\"report.pdf\"\r\n")
          .Append("Content-Transfer-Encoding: base64\r\n\r\n").Append(pdf).Append("\r\n--b0--\r\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static JsonElement RunImaplib(int port, int messages, int downloads, int rounds)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "peers", "imaplib", "fetch.py");
        if (!File.Exists(script)) script = Path.GetFullPath(Path.Combine("bench", "peers", "imaplib", "fetch.py"));
        var start = new ProcessStartInfo("python3", [script, port.ToString(CultureInfo.InvariantCulture), DovecotServer.User, DovecotServer.Password,
            messages.ToString(CultureInfo.InvariantCulture), downloads.ToString(CultureInfo.InvariantCulture), rounds.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using Process python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        string output = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        if (python.ExitCode != 0) throw new InvalidOperationException($"imaplib peer failed ({python.ExitCode}): {output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
