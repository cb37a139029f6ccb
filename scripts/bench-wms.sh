#!/usr/bin/env bash
# WMS GetMap benchmark: Symbiopark's /wms against MapServer 8 on the same PostGIS table.
#
#   bash scripts/bench-wms.sh [SECONDS_PER_RUN=20] [RUNS=3] [CLIENTS="1 8"]
#
# A private PostGIS (scripts/test-db.sh) gets a seeded 10,000-parcel park through our CLI import;
# our server runs on it, and MapServer 8 (mapserv as FastCGI: 8 processes started by spawn-fcgi
# behind lighttpd) renders the same `parcels` rows (park_id filter) with a mapfile whose classes
# are generated from styles/parcels.sld (same colours, fill opacity and outline widths; AGG/PNG,
# which anti-aliases, RGBA, transparent). Both get the same 1024 × 1024 PNG GetMap requests
# (WMS 1.3.0, EPSG:3857, the whole park and six seeded zoomed views) from the same Python
# keep-alive client at each client count, for SECONDS_PER_RUN each, RUNS times, the servers
# alternating. Prints one JSON line per run, then the medians and the ratio ours/MapServer.
# One whole-park image of each server goes to /tmp/bench-wms-{symbiopark,mapserver}.png and
# is checked to be non-blank and broadly similar (same work on both sides).
#
# Environment: JAVA_OPTS (our JVM, e.g. -XX:StartFlightRecording=…), OURS_OPTS (more --key=value
# settings of our server, e.g. --symbiopark.maps.snapshot-max-age=PT1H), OURS_LAYERS (default
# PARK:parcels), MAPSERV_PROCESSES (default 8), BENCH_WMS_KEEP=1 keeps servers and the database
# up after the runs until Enter is pressed (for profiling by hand).
# Installs mapserver-bin, lighttpd and spawn-fcgi (Debian) if missing; builds the jar if missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-20}
runs=${2:-3}
clients_list=${3:-1 8}
jar=target/symbiopark.jar
here=$(pwd)

bash scripts/install-test-deps.sh
missing=()
for p in mapserver-bin lighttpd spawn-fcgi; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench-wms: installing ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >&2 || { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >&2;
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
      "${missing[@]}" >&2; }
fi
[ -f "$jar" ] || mvn -q -B -DskipTests package

db_was_running=yes
bash scripts/test-db.sh env >/dev/null 2>&1 || db_was_running=no
line=$(bash scripts/test-db.sh start)
eval "$line"
# mapserv runs as root here and reads its files from this directory
work=$(mktemp -d /tmp/symbiopark-bench-wms.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -f "$work/mapserv.pids" ]; then
    local ms_pids alive p
    ms_pids=$(tr '\n' ' ' <"$work/mapserv.pids")
    # shellcheck disable=SC2086
    kill $ms_pids 2>/dev/null || true
    # a FastCGI mapserv may sit in accept() through SIGTERM
    for _ in 1 2 3 4 5 6; do
      alive=no
      for p in $ms_pids; do kill -0 "$p" 2>/dev/null && alive=yes; done
      [ "$alive" = yes ] || break
      sleep 0.5
    done
    for p in $ms_pids; do
      [ "$(cat "/proc/$p/comm" 2>/dev/null)" = mapserv ] && kill -KILL "$p" 2>/dev/null || true
    done
  fi
  [ "$db_was_running" = yes ] || bash scripts/test-db.sh stop >/dev/null 2>&1 || true
  rm -rf -- "$work"
}
trap cleanup EXIT

free_port() { # first port from $1 nobody listens on
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

pg_port=$(echo "$SYMBIOPARK_TEST_PG_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
pg_db=$(echo "$SYMBIOPARK_TEST_PG_URL" | sed -E 's#.*/([^/?]+)(\?.*)?$#\1#')
export PGPASSWORD=$SYMBIOPARK_TEST_PG_PASSWORD
psql_q() { psql -X -q -At -h 127.0.0.1 -p "$pg_port" -U "$SYMBIOPARK_TEST_PG_USER" -d "$pg_db" -v ON_ERROR_STOP=1 -c "$1"; }
datasource=(--spring.datasource.url="$SYMBIOPARK_TEST_PG_URL"
  --spring.datasource.username="$SYMBIOPARK_TEST_PG_USER" --spring.datasource.password="$SYMBIOPARK_TEST_PG_PASSWORD")

park=$(java -jar "$jar" generate "$work/park.geojson" --parcels=10000 --seed=1)
if [ "$(psql_q "SELECT count(*) FROM parcels WHERE park_id = '$park'" 2>/dev/null || echo 0)" != 10000 ]; then
  java -jar "$jar" import "$work/park.geojson" "${datasource[@]}" >/dev/null
fi
psql_q "ANALYZE parcels"
read -r minx miny maxx maxy < <(psql_q "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM
  (SELECT ST_Extent(ST_Transform(geom, 3857)) AS e FROM parcels WHERE park_id = '$park') s" | tr '|' ' ')
echo "bench-wms: park $park, $(psql_q "SELECT count(*) FROM parcels WHERE park_id = '$park'") parcels," \
  "EPSG:3857 extent $minx $miny $maxx $maxy" >&2

# --- our server ---
ours_port=$(free_port 18191)
# shellcheck disable=SC2086
(cd "$work" && exec java ${JAVA_OPTS:-} -jar "$here/$jar" --server.port="$ours_port" \
  --symbiopark.load-demo-data=false "${datasource[@]}" ${OURS_OPTS:-} >"$work/symbiopark.log" 2>&1) &
pids+=($!)
ours_pid=$!

# --- MapServer: mapfile, config, spawn-fcgi, lighttpd ---
{
  cat <<EOF
MAP
  NAME "symbiopark-bench"
  EXTENT $minx $miny $maxx $maxy
  SIZE 1024 1024
  MAXSIZE 4096
  UNITS METERS
  PROJECTION "init=epsg:3857" END
  # AGG anti-aliases; RGBA so that TRANSPARENT=TRUE gives an alpha channel like ours
  OUTPUTFORMAT
    NAME "png"
    DRIVER AGG/PNG
    MIMETYPE "image/png"
    IMAGEMODE RGBA
    EXTENSION "png"
    TRANSPARENT ON
  END
  WEB
    METADATA
      "wms_title" "Symbiopark benchmark"
      "wms_srs" "EPSG:3857 EPSG:4326"
      "wms_enable_request" "*"
    END
  END
  LAYER
    NAME "parcels"
    TYPE POLYGON
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION "host=127.0.0.1 port=$pg_port dbname=$pg_db user=$SYMBIOPARK_TEST_PG_USER password=$SYMBIOPARK_TEST_PG_PASSWORD"
    DATA "geom FROM (SELECT fid, zoning, geom FROM parcels WHERE park_id = '$park') AS p USING UNIQUE fid USING SRID=4326"
    # keep the PostgreSQL connection open across FastCGI requests
    PROCESSING "CLOSE_CONNECTION=DEFER"
    PROJECTION "init=epsg:4326" END
    METADATA "wms_title" "parcels" END
EOF
  python3 scripts/bench-wms.py mapfile-classes styles/parcels.sld
  printf '  END\nEND\n'
} >"$work/bench.map"
printf 'CONFIG\n  ENV\n    MS_MAP_PATTERN "^%s/"\n  END\nEND\n' "$work" >"$work/mapserver.conf"
export MAPSERVER_CONFIG_FILE=$work/mapserver.conf
spawn-fcgi -s "$work/mapserv.sock" -F "${MAPSERV_PROCESSES:-8}" -P "$work/mapserv.pids" -- /usr/bin/mapserv >/dev/null
ms_port=$(free_port 18291)
cat >"$work/lighttpd.conf" <<EOF
server.modules = ("mod_fastcgi")
server.document-root = "$work"
server.bind = "127.0.0.1"
server.port = $ms_port
server.errorlog = "$work/lighttpd-error.log"
fastcgi.server = ("/mapserv" => (("socket" => "$work/mapserv.sock", "check-local" => "disable")))
EOF
lighttpd -D -f "$work/lighttpd.conf" &
pids+=($!)
ms_pid=$!

# --- the requests ---
query() { # bbox → the WMS 1.3.0 GetMap query both servers get (EPSG:3857 axes are easting,northing)
  echo "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:3857&BBOX=$1&WIDTH=1024&HEIGHT=1024&FORMAT=image/png&TRANSPARENT=TRUE"
}
ours_layers=${OURS_LAYERS:-$park:parcels}
python3 scripts/bench-wms.py bboxes "$minx" "$miny" "$maxx" "$maxy" 1 >"$work/bboxes"
while read -r bbox; do
  echo "http://127.0.0.1:$ours_port/wms?$(query "$bbox")&LAYERS=$ours_layers" >>"$work/urls-symbiopark"
  echo "http://127.0.0.1:$ms_port/mapserv?map=$work/bench.map&$(query "$bbox")&LAYERS=parcels" >>"$work/urls-mapserver"
done <"$work/bboxes"

for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$ours_port/api/v1/parks" && break
  kill -0 "$ours_pid" 2>/dev/null || { cat "$work/symbiopark.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$ours_port/api/v1/parks/$park" \
  || { echo "bench-wms: our server does not serve park $park" >&2; exit 1; }

fetch() { # url file → 0 if a PNG came back
  local code type
  read -r code type < <(curl -s -o "$2" -w '%{http_code} %{content_type}\n' "$1")
  [ "$code" = 200 ] && [[ "$type" == image/png* ]]
}
servers=(mapserver)
if fetch "$(head -n 1 "$work/urls-symbiopark")" /tmp/bench-wms-symbiopark.png; then
  servers=(symbiopark mapserver)
else
  echo "bench-wms: our GetMap gave no PNG (answer in /tmp/bench-wms-symbiopark.png): MapServer only" >&2
fi
fetch "$(head -n 1 "$work/urls-mapserver")" /tmp/bench-wms-mapserver.png \
  || { echo "bench-wms: MapServer gave no PNG:" >&2; cat /tmp/bench-wms-mapserver.png >&2; exit 1; }
if [ ${#servers[@]} -eq 2 ]; then
  python3 scripts/bench-wms.py image-check /tmp/bench-wms-symbiopark.png /tmp/bench-wms-mapserver.png \
    || echo "bench-wms: WARNING: the two images differ more than expected" >&2
fi

# warm-up: every URL twice from 2 clients (JIT, connection pools, PostgreSQL caches)
for s in "${servers[@]}"; do
  python3 scripts/bench-wms.py load "$s" 2 5 "$work/urls-$s" >/dev/null
done

echo "load: $(uptime)"
for run in $(seq 1 "$runs"); do
  for c in $clients_list; do
    # alternate which server goes first, so a drift in machine load hits both alike
    order=("${servers[@]}")
    if [ $((run % 2)) -eq 0 ] && [ ${#servers[@]} -eq 2 ]; then order=(mapserver symbiopark); fi
    for s in "${order[@]}"; do
      # CPU per request: our JVM; or mapserv, lighttpd and the PostgreSQL backends (the queries
      # are MapServer's work; our server reads PostgreSQL only when its map snapshot is reloaded)
      if [ "$s" = symbiopark ]; then
        cpu_pids=("$ours_pid")
      else
        mapfile -t cpu_pids < <({ cat "$work/mapserv.pids"; echo; echo "$ms_pid"
          psql_q "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"
          } | grep -E '^[0-9]+$')
      fi
      python3 scripts/bench-wms.py load "$s" "$c" "$seconds" "$work/urls-$s" "${cpu_pids[@]}" | tee -a "$work/runs.jsonl"
    done
  done
done
echo "load: $(uptime)"
cp "$work/runs.jsonl" /tmp/bench-wms-runs.jsonl
python3 scripts/bench-wms.py table "$work/runs.jsonl"
if [ "${BENCH_WMS_KEEP:-0}" = 1 ]; then
  echo "servers kept up: ours http://127.0.0.1:$ours_port/wms (pid $ours_pid)," \
    "MapServer http://127.0.0.1:$ms_port/mapserv?map=$work/bench.map; URLs in $work; Enter ends" >&2
  read -r _
fi
