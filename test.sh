#!/usr/bin/env bash
# Runs every PteroPulse test on this machine: installs what the tests need, starts one Redis and one RabbitMQ for the
# whole run (the fixtures reuse them), runs the solution's tests and ends with the line "N passed, N failed".
# Exit code 0 only when tests ran and none failed.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prerequisites.sh
(cd deploy/tests 2>/dev/null && [ -f package.json ] && [ ! -d node_modules ] && npm ci --silent --no-audit --no-fund) || true

run=.test-run
rm -rf "$run"
mkdir -p "$run"
trap 'scripts/test-servers.sh stop "$run" || true' EXIT
while IFS= read -r line; do export "${line?}"; done < <(scripts/test-servers.sh start "$run")

status=0
dotnet test PteroPulse.slnx --logger "trx;LogFilePrefix=run" --results-directory "$run/results" "$@" || status=$?

passed=0; failed=0
for trx in "$run"/results/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

echo
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
