#!/usr/bin/env bash
# Import benchmark: a generated 10,000-parcel park (5.8 MB GeoJSON) POSTed to the running
# server, against GDAL's ogr2ogr loading the same file, both into a GeoPackage and into
# PostGIS, in the same run. Prints the medians and ratios; figures go to docs/BENCHMARKS.md.
#
#   bash scripts/bench-import.sh [RUNS]
#
# Needs hyperfine, gdal-bin, curl and the test PostGIS (scripts/install-test-deps.sh,
# scripts/test-db.sh); builds the jar if missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-9}
jar=target/symbiopark.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
command -v hyperfine >/dev/null || apt-get install -y --no-install-recommends hyperfine >/dev/null
bash scripts/install-test-deps.sh
db_env=$(bash scripts/test-db.sh start)
eval "$db_env"
work=$(mktemp -d /tmp/symbiopark-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf -- "$work"; }
trap cleanup EXIT

java -jar "$jar" generate "$work/park.geojson" --parcels=10000 --seed=1 >/dev/null
park=generated-10000-1
port=$(echo "$SYMBIOPARK_TEST_PG_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
pg="host=127.0.0.1 port=$port dbname=symbiopark_test user=$SYMBIOPARK_TEST_PG_USER"
export PGPASSWORD=$SYMBIOPARK_TEST_PG_PASSWORD

start_server() { # port, extra options…
  local p=$1; shift
  (cd "$work" && exec java -jar "$OLDPWD/$jar" --server.port="$p" --symbiopark.load-demo-data=false \
      --symbiopark.geopackage-path="$work/store-$p.gpkg" "$@" >"$work/server-$p.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$p/api/v1/parks" && return 0; sleep 0.5; done
  echo "server on $p did not start" >&2; exit 1
}
start_server 18081
start_server 18082 --spring.datasource.url="$SYMBIOPARK_TEST_PG_URL" \
  --spring.datasource.username="$SYMBIOPARK_TEST_PG_USER" --spring.datasource.password="$SYMBIOPARK_TEST_PG_PASSWORD"

post() { echo "curl -sf -o /dev/null -X POST -H 'Content-Type: application/geo+json' --data-binary @$work/park.geojson http://127.0.0.1:$1/api/v1/parks/import"; }
hyperfine -N -w 2 -r "$runs" --export-json "$work/gpkg.json" \
  --prepare "curl -s -o /dev/null -X DELETE http://127.0.0.1:18081/api/v1/parks/$park" "$(post 18081)" \
  --prepare "rm -f $work/gdal.gpkg" "ogr2ogr -f GPKG $work/gdal.gpkg $work/park.geojson" >/dev/null
hyperfine -N -w 2 -r "$runs" --export-json "$work/pg.json" \
  --prepare "curl -s -o /dev/null -X DELETE http://127.0.0.1:18082/api/v1/parks/$park" "$(post 18082)" \
  --prepare "true" "ogr2ogr -f PostgreSQL PG:'$pg' $work/park.geojson -nln peer_import -overwrite -lco GEOMETRY_NAME=geom" >/dev/null

python3 - "$work/gpkg.json" "$work/pg.json" <<'PY'
import json, statistics, sys
for path, store in zip(sys.argv[1:], ["GeoPackage", "PostGIS"]):
    ours, gdal = (statistics.median(r["times"]) * 1000 for r in json.load(open(path))["results"])
    print(f"{store}: Symbiopark POST import median {ours:.0f} ms, ogr2ogr median {gdal:.0f} ms, ratio {ours / gdal:.2f}")
PY
