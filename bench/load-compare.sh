#!/usr/bin/env bash
# Issue 5's benchmark: the mixed workload with N concurrent clients, then memory per idle (IDLE) connection, against our
# server (in-memory and SQLite stores) and a local Dovecot, in one run. Prints ready-to-paste markdown tables.
# Usage: bench/load-compare.sh [seconds per run = 30] [clients = 10,50,200] [idle connections = 1000,10000] [targets = memory,sqlite,dovecot]
# Dovecot's idle memory is measured up to 1 000 connections (one process per connection). Needs dovecot-imapd; run as root
# (Dovecot's login and mail processes switch to dovenull/nobody).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
clients="${2:-10,50,200}"
idle="${3:-1000,10000}"
targets="${4:-memory,sqlite,dovecot}"

# Every idle connection is a descriptor in the client and one in the server (ours and Dovecot's inherit this limit).
hard=$(ulimit -Hn)
if [ "$hard" = unlimited ]; then ulimit -n 1048576; else ulimit -n "$hard"; fi
max=$(tr ',' '\n' <<<"$idle" | sort -n | tail -1)
if [ "$(ulimit -n)" -lt $((max + 1000)) ]; then
  echo "load-compare: the descriptor limit $(ulimit -n) is too low for $max connections (raise the hard limit: ulimit -Hn)" >&2
  exit 1
fi

build=$(dotnet build bench/Imap4.LoadTest -c Release -nologo -v quiet 2>&1) || { echo "$build" >&2; exit 1; }
tool=(dotnet bench/Imap4.LoadTest/bin/Release/net10.0/Imap4.LoadTest.dll)
echo "### Mixed workload: bench/load-compare.sh $seconds $clients $idle $targets"
echo
"${tool[@]}" load --seconds "$seconds" --clients "$clients" --targets "$targets"
echo "### Memory per idle connection"
echo
"${tool[@]}" idle --connections "$idle" --targets "$targets" --dovecot-max 1000
