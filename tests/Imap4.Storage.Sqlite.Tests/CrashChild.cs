using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Sqlite.Tests;

/// <summary>
/// The child of the crash test: several tasks append messages and change flags as fast as they can and print one line
/// per acknowledged change, until the parent kills the process. A printed line is therefore an acknowledgement.
/// </summary>
public static class CrashChild
{
    public const string User = "crash";

    /// <summary>The message task <paramref name="task"/> appends as its <paramref name="index"/>th: its bytes follow from
    /// the two numbers, in sizes from 200 bytes to about 150 KB so blob writes span many pages.</summary>
    public static byte[] Message(int task, int index)
    {
        int lines = (task * 7919 + index * 104729) % 2000;
        var sb = new StringBuilder();
        sb.Append("From: Task ").Append(task).Append(" <t").Append(task).Append("@example.com>\r\n");
        sb.Append("Subject: t").Append(task).Append(" m").Append(index).Append("\r\n\r\n");
        for (int i = 0; i < lines; i++) sb.Append("line ").Append(i).Append(" of message ").Append(task).Append('/').Append(index).Append(" filler filler filler\r\n");
        sb.Append("end ").Append(task).Append('/').Append(index).Append("\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    public static Flag TaskFlag(int task) => new($"$t{task}");

    public static Flag IndexFlag(int index) => new($"$k{index}");

    public static async Task<int> RunAsync(string directory, int tasks)
    {
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory, new SqliteMailStoreOptions { CreateAccountsOnOpen = true });
        IMailAccount account = await store.OpenAccountAsync(User);
        var output = TextWriter.Synchronized(Console.Out);
        await output.WriteLineAsync("READY");
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(async () =>
        {
            IMailbox inbox = await account.OpenMailboxAsync(MailboxName.Inbox);
            for (int i = 0; ; i++)
            {
                AppendResult r = await inbox.AppendAsync(new MemoryStream(Message(t, i)), [TaskFlag(t)]);
                await output.WriteLineAsync($"A {t} {i} {r.Uids[0]}");
                if (i % 2 == 1)
                {
                    uint uid = r.Uids[0];
                    StoreFlagsResult s = await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [IndexFlag(i)]);
                    await output.WriteLineAsync($"F {uid} {i} {s.HighestModSeq}");
                }
            }
        })));
        return 0;
    }
}
