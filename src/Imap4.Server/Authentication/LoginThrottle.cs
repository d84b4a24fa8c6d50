using System.Net;

namespace Imap4.Server.Authentication;

/// <summary>
/// Counts failed authentications per client address in a sliding window, shared by all sessions of a server. Once an
/// address reaches the limit, its attempts are refused until old failures leave the window.
/// </summary>
internal sealed class LoginThrottle
{
    private readonly Dictionary<IPAddress, Queue<long>> _failures = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly int _max;
    private readonly TimeSpan _window;

    public LoginThrottle(TimeProvider time, int maxFailures, TimeSpan window)
    {
        _time = time;
        _max = maxFailures;
        _window = window;
    }

    /// <summary>True when the address has failed too often recently.</summary>
    public bool IsBlocked(IPAddress address)
    {
        lock (_lock)
        {
            return _failures.TryGetValue(address, out Queue<long>? q) && Trim(address, q) >= _max;
        }
    }

    /// <summary>Records one failure.</summary>
    public void RecordFailure(IPAddress address)
    {
        lock (_lock)
        {
            if (!_failures.TryGetValue(address, out Queue<long>? q)) _failures[address] = q = new Queue<long>();
            Trim(address, q);
            q.Enqueue(_time.GetTimestamp());
            _failures[address] = q;
        }
    }

    // Drops failures older than the window; forgets the address when none remain.
    private int Trim(IPAddress address, Queue<long> q)
    {
        while (q.Count > 0 && _time.GetElapsedTime(q.Peek()) > _window) q.Dequeue();
        if (q.Count == 0) _failures.Remove(address);
        return q.Count;
    }
}
