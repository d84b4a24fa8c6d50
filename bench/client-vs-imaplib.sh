#!/usr/bin/env bash
# Imap4's ImapClient against Python's stdlib imaplib (raw, unparsed), side by side in one run against a private Dovecot
# (the generated config of tests/Imap4.Testing/DovecotServer.cs): fill INBOX with MESSAGES messages, then
# UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE) and DOWNLOADS single-message downloads.
# Usage: bench/client-vs-imaplib.sh [MESSAGES=20000] [DOWNLOADS=2000] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-20000}"
downloads="${2:-2000}"
rounds="${3:-3}"
[ -x /usr/sbin/dovecot ] || { echo "client-vs-imaplib: Dovecot is required (apt-get install -y dovecot-imapd)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "client-vs-imaplib: python3 is required" >&2; exit 1; }

dotnet build bench/Imap4.Benchmarks -c Release -nologo -v quiet >/dev/null
echo "== dotnet run -c Release --project bench/Imap4.Benchmarks -- --dovecot $messages $downloads $rounds"
dotnet run -c Release --project bench/Imap4.Benchmarks --no-build -- --dovecot "$messages" "$downloads" "$rounds"
