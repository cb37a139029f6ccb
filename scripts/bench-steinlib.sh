#!/usr/bin/env bash
# SteinLib table for docs/BENCHMARKS.md: every STP file in a folder through `bench steiner`, the
# whole command (JVM start included) timed with hyperfine; prints one markdown row per instance
# and the mean gaps. Usage: bash scripts/bench-steinlib.sh DIR [RUNS=3] [SEED=1]
# Needs: java 17, hyperfine, python3.
set -euo pipefail
DIR=${1:?usage: bench-steinlib.sh DIR_WITH_STP_FILES [RUNS] [SEED]}
RUNS=${2:-3}
SEED=${3:-1}
cd "$(dirname "$0")/.."
JAR=target/symbiopark.jar
[ -f "$JAR" ] || mvn -q -B -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for f in "$DIR"/*.stp; do
  name=$(basename "$f" .stp)
  java -jar "$JAR" bench steiner "$f" --seed "$SEED" > "$WORK/$name.json" 2>/dev/null
  hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$WORK/$name.time.json" \
    "java -jar $JAR bench steiner $f --seed $SEED" > /dev/null 2>&1
done
python3 - "$WORK" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
rows, gaps, base = [], [], []
print("| instance | cost | optimum | gap % | Mehlhorn | Mehlhorn gap % | proven | whole command s (median) |")
print("|---|---|---|---|---|---|---|---|")
for path in sorted(glob.glob(os.path.join(work, "*.time.json"))):
    name = os.path.basename(path)[:-len(".time.json")]
    r = json.load(open(os.path.join(work, name + ".json")))
    t = json.load(open(path))["results"][0]
    gaps.append(r["gapPercent"]); base.append(r["baselineGapPercent"])
    print(f"| {name} | {r['cost']} | {r['optimal']} | {r['gapPercent']:.2f} | {r['baselineCost']} | "
          f"{r['baselineGapPercent']:.2f} | {'yes' if r['proven'] else 'no'} | {t['median']:.2f} (max {t['max']:.2f}) |")
print(f"\nmean gap {sum(gaps)/len(gaps):.3f} %, worst {max(gaps):.3f} %; Mehlhorn mean gap {sum(base)/len(base):.3f} %, worst {max(base):.3f} %")
PY
