"""The embed graph as a Python bot draws it with matplotlib, for a side-by-side timing with PteroPulse's renderer.

Same chart as SampleGraphs.Minute in PteroPulse.Benchmarks: 600x300 px, Discord dark background, title, CPU (filled,
% of one core, axis 0-400 %) on the left axis, memory (GiB) on the right axis with the 4 GiB limit dashed, legend,
time axis in seconds ago. Fixed margins (no tight_layout), the faster of the two usual ways.

Usage: /usr/bin/python3 render_graph.py [renders] [output.png]
Prints one line: median_ms=<float> mean_ms=<float> renders=<n> bytes=<png size>
"""
import io
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

BACKGROUND = "#2B2D31"
TEXT = "#F2F3F5"
MUTED = "#B5BAC1"
GRID = "#3F4147"
CPU = "#5DADEC"
MEMORY = "#EB459E"
SECONDS_AGO = [-50, -40, -30, -20, -10, 0]
CPU_PERCENT = [112, 186, 154, 241, 198, 167]
MEMORY_GIB = [2.1, 2.3, 2.4, 2.9, 3.1, 3.0]


def render() -> bytes:
    fig = plt.figure(figsize=(6, 3), dpi=100, facecolor=BACKGROUND)
    ax = fig.add_axes([0.093, 0.087, 0.797, 0.693], facecolor=BACKGROUND)
    ax.fill_between(SECONDS_AGO, CPU_PERCENT, color=CPU, alpha=0.18, linewidth=0)
    cpu_line, = ax.plot(SECONDS_AGO, CPU_PERCENT, color=CPU, linewidth=2.5, marker="o", markersize=4, label="CPU 167% of 400%")
    ax.set_ylim(0, 400)
    ax.set_xlim(-50.5, 1)
    ax.set_xticks(SECONDS_AGO, ["50s", "40s", "30s", "20s", "10s", "now"])
    ax.set_yticks([0, 100, 200, 300, 400], ["0%", "100%", "200%", "300%", "400%"])
    ax.grid(color=GRID, linewidth=1)
    mem = ax.twinx()
    mem_line, = mem.plot(SECONDS_AGO, MEMORY_GIB, color=MEMORY, linewidth=2.5, marker="o", markersize=4, label="Memory 3 / 4 GiB")
    limit = mem.axhline(4, color=MEMORY, linewidth=1.5, linestyle="--", alpha=0.8, label="limit")
    mem.set_ylim(0, 6)
    mem.set_yticks([0, 2, 4, 6], ["0 GiB", "2 GiB", "4 GiB", "6 GiB"])
    for axis in (ax, mem):
        axis.tick_params(colors=MUTED, labelsize=10, length=0)
        for spine in axis.spines.values():
            spine.set_visible(False)
    fig.text(0.033, 0.9, "Survival SMP", color=TEXT, fontsize=14, fontweight="bold")
    fig.text(0.973, 0.9, "\u25cf Running", color="#23A55A", fontsize=11, fontweight="bold", ha="right")
    fig.legend(handles=[cpu_line, mem_line, limit], loc="upper left", bbox_to_anchor=(0.02, 0.88), ncol=3,
               frameon=False, labelcolor=MUTED, fontsize=10)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", facecolor=BACKGROUND)
    plt.close(fig)
    return buffer.getvalue()


def main() -> None:
    renders = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    for _ in range(10):
        png = render()
    timings = []
    for _ in range(renders):
        started = time.perf_counter()
        png = render()
        timings.append((time.perf_counter() - started) * 1000)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "wb") as output:
            output.write(png)
    print(f"median_ms={statistics.median(timings):.3f} mean_ms={statistics.mean(timings):.3f} renders={renders} bytes={len(png)}")


if __name__ == "__main__":
    main()
