using System.Text;
using Imap4.Mime.Messages;
using Imap4.Mime.Tests.Interop;

namespace Imap4.Benchmarks;

/// <summary>
/// Inputs of the MIME benchmarks: the differential-test corpus, and a mailbox-like buffer of typical messages (replies
/// with quotes, text+HTML newsletters with inline images, messages with attachments), built with the MIME builder from a
/// fixed seed so every run parses the same bytes.
/// </summary>
public static class MimeFixture
{
    /// <summary>The corpus messages without the 20 MB attachment one (it would dominate every figure).</summary>
    public static List<byte[]> Corpus() =>
        [.. Imap4.Mime.Tests.Interop.Corpus.Build().Where(s => s.Bytes.Length < 1_000_000).Select(s => s.Bytes)];

    /// <summary>Messages back to back, about <paramref name="targetBytes"/> in all, with where each one is.</summary>
    public static (byte[] Data, List<(int Start, int Length)> Messages) Mailbox(long targetBytes, int seed = 42)
    {
        var random = new Random(seed);
        var data = new MemoryStream();
        var messages = new List<(int, int)>();
        for (int i = 1; data.Length < targetBytes; i++)
        {
            byte[] message = Typical(random, i);
            messages.Add(((int)data.Length, message.Length));
            data.Write(message);
        }
        return (data.ToArray(), messages);
    }

    private static readonly string[] Words =
        ["the", "quarterly", "report", "meeting", "Grüße", "numbers", "draft", "please", "review", "attached", "budget",
         "café", "schedule", "tomorrow", "thanks", "project", "update", "日本", "deadline", "team"];

    private static byte[] Typical(Random random, int i)
    {
        var b = new MimeMessageBuilder()
            .From($"sender{i % 97}@example.com", "Sender " + Words[i % Words.Length])
            .To($"user{i % 13}@example.org", "User Näme")
            .Cc("team@example.org")
            .Subject($"Re: {Sentence(random, 6)} #{i}")
            .Date(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).AddMinutes(i * 17))
            .MessageId($"msg{i}@example.com")
            .InReplyTo($"msg{i - 1}@example.com")
            .References($"msg{Math.Max(1, i - 2)}@example.com", $"msg{i - 1}@example.com")
            .Header("Received", $"from mx{i % 5}.example.com (mx.example.com [192.0.2.{i % 250}]) by mail.example.org with ESMTPS id {i:x8}; Mon, 1 Jan 2024 10:00:00 +0100")
            .Header("Received", "from localhost (localhost [127.0.0.1]) by mx.example.com with ESMTP; Mon, 1 Jan 2024 09:59:59 +0100")
            .Header("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=sel; h=from:to:subject:date; bh=" + new string('A', 44) + "; b=" + new string('B', 300))
            .Header("X-Mailer", "Benchmark");
        int kind = random.Next(10);
        if (kind < 4) b.Text(Paragraphs(random, random.Next(2, 8)) + "\n\n> " + Paragraphs(random, 3).Replace("\n", "\n> ", StringComparison.Ordinal));
        else if (kind < 7) b.Text(Paragraphs(random, 10)).Html("<html><body>" + Html(random, 20) + "</body></html>");
        else if (kind < 9) b.Text(Paragraphs(random, 3)).Attach($"report {i}.pdf", Bytes(random, random.Next(20_000, 200_000)));
        else b.Text(Paragraphs(random, 5)).Html(Html(random, 30) + "<img src=\"cid:logo\">").AttachInline("logo", "logo.png", Bytes(random, 30_000));
        return b.ToBytes();
    }

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.Append(i == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        return sb.ToString();
    }

    private static string Paragraphs(Random random, int count)
    {
        var sb = new StringBuilder();
        for (int p = 0; p < count; p++)
        {
            for (int line = 0; line < 4; line++) sb.Append(Sentence(random, 11)).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Html(Random random, int count)
    {
        var sb = new StringBuilder("<div style=\"font-family: sans-serif\">");
        for (int p = 0; p < count; p++) sb.Append("<p>").Append(Sentence(random, 25)).Append(" <b>").Append(Sentence(random, 3)).Append("</b></p>\n");
        return sb.Append("</div>").ToString();
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
