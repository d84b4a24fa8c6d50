#!/usr/bin/env bash
# FETCH parse: Imap4 against ImapFlow (Node) on exactly the same fixture bytes (shared/bench/fetch-fixture.md, N = 50 000).
# Usage: bench/fetch-compare.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-50000}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

dotnet build bench/Imap4.Benchmarks -c Release -nologo -v quiet >/dev/null
dotnet run -c Release --project bench/Imap4.Benchmarks --no-build -- --write-fixture "$dir" "$n"
command -v node >/dev/null || { echo "fetch-compare: node is required for the ImapFlow peer" >&2; exit 1; }
(cd bench/peers/imapflow && [ -d node_modules/imapflow ] || npm ci --no-audit --no-fund >/dev/null)

echo "== Imap4 (dotnet run -c Release --project bench/Imap4.Benchmarks -- --quick $n)"
dotnet run -c Release --project bench/Imap4.Benchmarks --no-build -- --quick "$n" | tee "$dir/imap4.txt"
echo "== ImapFlow (node bench/peers/imapflow/fetch-parse.js)"
node bench/peers/imapflow/fetch-parse.js "$dir" 5 | tee "$dir/imapflow.txt"

echo "== Whole client path (typed result, subject decoded, attachment found): Imap4 / ImapFlow"
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
ours = {}
for line in open(f"{d}/imap4.txt"):
    f = line.split()
    if f and f[0] == "client": ours[f[1]] = float(f[3])
for line in open(f"{d}/imapflow.txt"):
    r = json.loads(line)
    v = r["variant"]
    print(f"{v:5} imap4 {ours[v]:8.0f} MB/s   imapflow {r['mbPerSecond']:8.1f} MB/s   ratio {ours[v] / r['mbPerSecond']:6.1f}x")
PY
