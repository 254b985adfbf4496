"""Reads BenchmarkDotNet's JSON report and matplotlib's timings (taken before and after it) and prints the table
for bench/RESULTS.md. Usage: compare_render.py ARTIFACTS_DIR"""
import glob
import json
import os
import re
import statistics
import sys

out = sys.argv[1]
reports = sorted(glob.glob(os.path.join(out, "results", "*RenderBenchmarks-report*.json")))
with open(reports[0], encoding="utf-8") as f:
    report = json.load(f)

matplotlib = []
for name in ("matplotlib-before.txt", "matplotlib-after.txt"):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        matplotlib.append(float(re.search(r"median_ms=([0-9.]+)", f.read()).group(1)))
mpl = statistics.mean(matplotlib)

print(f"matplotlib 3.6 (Agg, fixed margins), median of 200 renders: {matplotlib[0]:.2f} ms before, "
      f"{matplotlib[1]:.2f} ms after the .NET run; {mpl:.2f} ms used below")
print()
print("| Render | Median | Allocated per render | Faster than matplotlib |")
print("|---|---:|---:|---:|")
for b in report["Benchmarks"]:
    median_ms = b["Statistics"]["Median"] / 1e6
    allocated = b.get("Memory", {}).get("BytesAllocatedPerOperation", 0)
    name = (b.get("MethodTitle") or b["Method"]).strip("'")
    print(f"| {name} | {median_ms:.2f} ms | {allocated / 1024:.0f} KB | {mpl / median_ms:.1f}× |")
print(f"| matplotlib, same chart | {mpl:.2f} ms | n/a | 1× |")
