#!/usr/bin/env python3
"""Renders the JSON lines of scripts/bench-qap.sh as the QAPLIB table of docs/BENCHMARKS.md."""
import json
import statistics
import sys

siting, cpsat = {}, {}
for line in open(sys.argv[1]):
    row = json.loads(line)
    (siting if row["solver"] == "siting" else cpsat).setdefault(row["instance"], []).append(row)

print("| instance | n | best known | objective (median of seeds) | gap % (median) | gaps % per seed | "
      "s to best (median) | CP-SAT objective | CP-SAT gap % | CP-SAT status |")
print("|---|---|---|---|---|---|---|---|---|---|")
gaps = []
for name in sorted(siting):
    runs = siting[name]
    objective = statistics.median_low(sorted(r["objective"] for r in runs))
    gap = statistics.median(r["gapPercent"] for r in runs)
    gaps.append(gap)
    per_seed = ", ".join("%.3f" % r["gapPercent"] for r in runs)
    seconds = statistics.median(r["seconds"] for r in runs)
    c = cpsat.get(name, [{}])[0]
    c_obj = c.get("objective")
    c_gap = "%.2f" % c["gapPercent"] if c_obj is not None else "–"
    print("| %s | %d | %d | %d | %.3f | %s | %.1f | %s | %s | %s |" % (
        name, runs[0]["n"], runs[0]["bestKnown"], objective, gap, per_seed, seconds,
        c_obj if c_obj is not None else "none", c_gap, c.get("status", "?")))
print()
print("Mean of the median gaps: %.3f %%; largest: %.3f %%; reached the best known value (median): %d of %d."
      % (statistics.mean(gaps), max(gaps), sum(1 for g in gaps if g <= 0), len(gaps)))
