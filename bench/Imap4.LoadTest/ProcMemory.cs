using System.Globalization;

namespace Imap4.LoadTest;

/// <summary>Reads a process tree's memory from /proc (Linux): VmRSS of each, and PSS (shared pages split fairly) from smaps_rollup.</summary>
public static class ProcMemory
{
    /// <summary>RSS and PSS summed over <paramref name="root"/> and all its descendants.</summary>
    public static MemorySample Tree(int root)
    {
        List<int> pids = [root, .. Descendants(root)];
        long rss = 0, pss = 0;
        foreach (int pid in pids)
        {
            rss += Field($"/proc/{pid}/status", "VmRSS:");
            pss += Field($"/proc/{pid}/smaps_rollup", "Pss:");
        }
        return new MemorySample(rss, pss, null, pids.Count);
    }

    private static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
            try
            {
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // pid (comm) state ppid ...; comm may hold spaces, so parse after the last ')'.
                string[] rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                int ppid = int.Parse(rest[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(ppid, out List<int>? list)) children[ppid] = list = [];
                list.Add(pid);
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }
        var result = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.Count > 0)
        {
            if (!children.TryGetValue(queue.Dequeue(), out List<int>? list)) continue;
            foreach (int child in list)
            {
                result.Add(child);
                queue.Enqueue(child);
            }
        }
        return result;
    }

    /// <summary>A "Name:   123 kB" field in bytes, or 0 when the file or field is gone.</summary>
    private static long Field(string file, string name)
    {
        try
        {
            foreach (string line in File.ReadLines(file))
            {
                if (!line.StartsWith(name, StringComparison.Ordinal)) continue;
                string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
