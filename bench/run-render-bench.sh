#!/usr/bin/env bash
# Renderer benchmark, one script, back to back on the same machine:
#   1. BenchmarkDotNet (ShortRun, in-process): PteroPulse's GraphRenderer and a plain ScottPlot render of the same chart
#   2. matplotlib (Debian python3-matplotlib, run by /usr/bin/python3) drawing the same chart
#   3. a table of medians, bytes allocated per render and the speed-up over matplotlib.
# Usage: bench/run-render-bench.sh [artifacts-dir]   (needs: apt-get install -y python3-matplotlib)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/bench/artifacts}"
mkdir -p "$out"
project="$root/bench/PteroPulse.Benchmarks/PteroPulse.Benchmarks.csproj"
dotnet build "$project" -c Release -v q --nologo
bench="$root/bench/PteroPulse.Benchmarks/bin/Release/net10.0/PteroPulse.Benchmarks.dll"

/usr/bin/python3 "$root/bench/matplotlib/render_graph.py" 200 "$out/matplotlib.png" > "$out/matplotlib-before.txt"
(cd "$out" && dotnet "$bench" --filter '*RenderBenchmarks*' --exporters json --artifacts "$out")
/usr/bin/python3 "$root/bench/matplotlib/render_graph.py" 200 > "$out/matplotlib-after.txt"
/usr/bin/python3 "$root/bench/compare_render.py" "$out"
