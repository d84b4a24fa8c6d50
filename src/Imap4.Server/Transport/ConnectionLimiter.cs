using System.Net;

namespace Imap4.Server.Transport;

/// <summary>Counts open connections in total and per client address.</summary>
internal sealed class ConnectionLimiter(int maxTotal, int maxPerAddress)
{
    private readonly Dictionary<IPAddress, int> _perAddress = [];
    private readonly Lock _lock = new();
    private int _total;

    /// <summary>Open connections now.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _total;
        }
    }

    /// <summary>Takes a slot; null when a limit is reached. Dispose the lease when the connection ends.</summary>
    public Lease? TryAcquire(IPAddress address)
    {
        lock (_lock)
        {
            _perAddress.TryGetValue(address, out int n);
            if (_total >= maxTotal || n >= maxPerAddress) return null;
            _perAddress[address] = n + 1;
            _total++;
            return new Lease(this, address);
        }
    }

    private void Release(IPAddress address)
    {
        lock (_lock)
        {
            _total--;
            int n = _perAddress[address] - 1;
            if (n == 0) _perAddress.Remove(address);
            else _perAddress[address] = n;
        }
    }

    /// <summary>One connection's slot.</summary>
    internal sealed class Lease(ConnectionLimiter owner, IPAddress address) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release(address);
        }
    }
}
