"""The imaplib baseline of bench/client-vs-imaplib.sh: the same FETCH and downloads as the Imap4 client, raw (unparsed).

Usage: fetch.py PORT USER PASSWORD MESSAGES DOWNLOADS ROUNDS
Prints one JSON object: messages/s of the metadata FETCH and of the downloads, and peak traced bytes per message
(tracemalloc, measured in an extra round so it does not slow the timed ones).
"""
import imaplib
import json
import re
import sys
import time
import tracemalloc

START = re.compile(rb"\d+ \(")
ITEMS = "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)"


def connect(port, user, password):
    m = imaplib.IMAP4("127.0.0.1", port)
    m.login(user, password)
    m.select("INBOX", readonly=True)
    return m


def fetch_all(m, messages):
    typ, data = m.uid("FETCH", "1:*", ITEMS)
    assert typ == "OK", typ
    # Each response's first piece starts with "N (" (a tuple when a literal follows, else bytes); later pieces do not.
    n = sum(1 for d in data if START.match(d[0] if isinstance(d, tuple) else d))
    assert n == messages, (n, messages)
    return data


def download(m, downloads):
    total = 0
    for uid in range(1, downloads + 1):
        typ, data = m.uid("FETCH", str(uid), "(BODY.PEEK[])")
        assert typ == "OK" and isinstance(data[0], tuple), typ
        total += len(data[0][1])
    return total


def best_time(action, rounds):
    """Best wall time and the client CPU time of that round."""
    best, cpu = float("inf"), 0.0
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        elapsed = time.perf_counter() - start
        if elapsed < best:
            best, cpu = elapsed, time.process_time() - start_cpu
    return best, cpu


def peak_per_message(action, count):
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / count


def main():
    port, user, password = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    messages, downloads, rounds = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    m = connect(port, user, password)
    fetch_all(m, messages)  # warm-up: the server caches what it computed
    fetch_seconds, fetch_cpu = best_time(lambda: fetch_all(m, messages), rounds)
    fetch_peak = peak_per_message(lambda: fetch_all(m, messages), messages)
    download(m, downloads)
    download_seconds, download_cpu = best_time(lambda: download(m, downloads), rounds)
    download_peak = peak_per_message(lambda: download(m, downloads), downloads)
    m.logout()
    print(json.dumps({
        "fetchMessagesPerSecond": messages / fetch_seconds,
        "fetchPeakBytesPerMessage": fetch_peak,
        "fetchCpuMicrosecondsPerMessage": fetch_cpu * 1e6 / messages,
        "downloadMessagesPerSecond": downloads / download_seconds,
        "downloadPeakBytesPerMessage": download_peak,
        "downloadCpuMicrosecondsPerMessage": download_cpu * 1e6 / downloads,
    }))


if __name__ == "__main__":
    main()
