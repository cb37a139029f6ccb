#!/usr/bin/env bash
# Least-cost path on the same seeded random raster: Symbiopark's `bench lcp` (A*, 8 neighbours)
# against GRASS GIS r.cost + r.drain (8 neighbours, its mean-of-two-cells rule). Checks that the
# totals agree within 0.5 % and times both whole commands with hyperfine.
# Usage: bash scripts/bench-lcp-grass.sh [SIZE=2000] [RUNS=5] [SEED=1]
# Needs: java 17, hyperfine, GRASS 8 (Debian: apt-get install -y --no-install-recommends grass-core hyperfine)
set -euo pipefail
SIZE=${1:-2000}
RUNS=${2:-5}
SEED=${3:-1}
cd "$(dirname "$0")/.."
for tool in grass hyperfine java python3; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
JAR=target/symbiopark.jar
[ -f "$JAR" ] || mvn -q -B -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -jar "$JAR" bench lcp --size "$SIZE" --seed "$SEED" --write-asc "$WORK/cost.asc" > "$WORK/ours.json"

# cell (column 0, row 0) is the top-left cell; with cell size 1 and the lower-left corner at 0,0
START="0.5,$((SIZE - 1)).5"
STOP="$((SIZE - 1)).5,0.5"
grass -c EPSG:3857 "$WORK/db/loc" -e >/dev/null 2>&1
LOC="$WORK/db/loc/PERMANENT"
grass "$LOC" --exec r.in.gdal -o input="$WORK/cost.asc" output=cost >/dev/null 2>&1
grass "$LOC" --exec g.region raster=cost >/dev/null 2>&1
cat > "$WORK/grass-path.sh" <<SCRIPT
r.cost --quiet --overwrite input=cost output=acc outdir=dir start_coordinates=$START stop_coordinates=$STOP
r.drain --quiet --overwrite -d input=acc direction=dir output=path start_coordinates=$STOP
SCRIPT
grass "$LOC" --exec sh "$WORK/grass-path.sh" >/dev/null 2>&1
GRASS_COST=$(grass "$LOC" --exec r.what map=acc coordinates="$STOP" 2>/dev/null | tail -1 | awk -F'|' '{print $4}')
GRASS_CELLS=$(grass "$LOC" --exec r.univar -g map=path 2>/dev/null | awk -F= '$1=="n"{print $2}')

python3 - "$WORK/ours.json" "$GRASS_COST" "$GRASS_CELLS" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))
grass = float(sys.argv[2])
diff = 100 * (ours["cost"] - grass) / grass
print(f"ours:  cost {ours['cost']:.4f}, {ours['steps'] + 1} cells, search {ours['searchSeconds']} s "
      f"(cpu {ours['searchCpuSeconds']} s)")
print(f"GRASS: cost {grass:.4f}, {sys.argv[3]} cells")
print(f"cost difference {diff:+.5f} %")
sys.exit(0 if abs(diff) <= 0.5 else 1)
PY

uptime
hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$WORK/times.json" \
  -n symbiopark "java -jar $JAR bench lcp --size $SIZE --seed $SEED" \
  -n grass "grass $LOC --exec sh $WORK/grass-path.sh"
python3 - "$WORK/times.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
ours, grass = r["symbiopark"]["median"], r["grass"]["median"]
print(f"median whole command: symbiopark {ours:.3f} s, GRASS {grass:.3f} s, ratio ours/GRASS {ours / grass:.2f}")
PY
