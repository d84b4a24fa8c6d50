#!/usr/bin/env bash
# Issue 6's benchmark: durable APPEND throughput and SEARCH TEXT latency over IMAP on N messages, for the SQLite store,
# the in-memory store and a local Dovecot in one run. Prints ready-to-paste markdown tables.
# Usage: bench/store-compare.sh [messages = 100000] [connections = 4] [batch = 100] [targets = memory,sqlite,dovecot]
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-100000}"
connections="${2:-4}"
batch="${3:-100}"
targets="${4:-memory,sqlite,dovecot}"

build=$(dotnet build bench/Imap4.LoadTest -c Release -nologo -v quiet 2>&1) || { echo "$build" >&2; exit 1; }
echo "### Store: bench/store-compare.sh $messages $connections $batch $targets"
echo
dotnet bench/Imap4.LoadTest/bin/Release/net10.0/Imap4.LoadTest.dll store --messages "$messages" --connections "$connections" --batch "$batch" --targets "$targets"
