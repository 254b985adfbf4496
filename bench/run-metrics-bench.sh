#!/usr/bin/env bash
# Metrics benchmarks against a private redis-server on a free loopback port (started and stopped here):
#   1. Redis bytes per server: an hour of samples (10 s apart) for N servers through the real store, then
#      MEMORY USAGE on each key;
#   2. BenchmarkDotNet (ShortRun, in-process): append and reads, Redis store next to the in-memory store.
# Usage: bench/run-metrics-bench.sh [servers] [artifacts-dir]   (needs redis-server)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
servers="${1:-100}"
out="${2:-$root/bench/artifacts}"
mkdir -p "$out"
dir="$(mktemp -d)"
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$dir" \
  --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
trap 'kill "$(cat "$dir/redis.pid")"; rm -rf "$dir"' EXIT
until redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; do sleep 0.05; done
dotnet build "$root/bench/PteroPulse.Benchmarks/PteroPulse.Benchmarks.csproj" -c Release -v q --nologo
before="$(redis-cli -p "$port" info memory | sed -n 's/^used_memory:\([0-9]*\).*/\1/p')"
dotnet "$root/bench/PteroPulse.Benchmarks/bin/Release/net10.0/PteroPulse.Benchmarks.dll" redis-footprint "127.0.0.1:$port" "$servers"
after="$(redis-cli -p "$port" info memory | sed -n 's/^used_memory:\([0-9]*\).*/\1/p')"
echo "used_memory grew by $(( (after - before) / servers )) bytes per server (includes the key names and Redis's dictionary entries)"
redis-cli -p "$port" flushall >/dev/null
(cd "$out" && PTEROPULSE_BENCH_REDIS="127.0.0.1:$port" dotnet "$root/bench/PteroPulse.Benchmarks/bin/Release/net10.0/PteroPulse.Benchmarks.dll" \
  --filter '*StoreBenchmarks*' --artifacts "$out")
