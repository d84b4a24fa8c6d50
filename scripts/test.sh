#!/usr/bin/env bash
# Runs every test of the solution. On a fresh Debian machine it first installs what the tests need.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the interop tests use as real peers. Each is installed only when missing.
packages=(python3 curl dovecot-imapd python3-twisted bsdutils)  # bsdutils: `script`, a pseudo-terminal for the shell test
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet build Imap4.slnx -c Release -nologo -v quiet
dotnet test Imap4.slnx -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# One plain summary line over every test project (CI reads it).
summary=0
python3 - "$results" <<'PY' || summary=$?
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if passed == 0 or failed > 0 or skipped > 0 else 0)
PY
[ "$status" -eq 0 ] && [ "$summary" -eq 0 ]
