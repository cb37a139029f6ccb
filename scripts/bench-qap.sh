#!/usr/bin/env bash
# The QAPLIB table of docs/BENCHMARKS.md: every instance of a QAPLIB folder with the siting
# engine (3 seeds) and the CP-SAT baseline, each at the same time limit; one JSON line per run.
# usage: scripts/bench-qap.sh QAPLIB_DIR [SECONDS] [SEEDS] > results.jsonl
set -euo pipefail
dir=${1:?usage: scripts/bench-qap.sh QAPLIB_DIR [SECONDS] [SEEDS]}
seconds=${2:-10}
seeds=${3:-3}
jar=$(dirname "$0")/../target/symbiopark.jar
for dat in "$dir"/*.dat; do
  for seed in $(seq 1 "$seeds"); do
    java -jar "$jar" bench qap "$dat" --seconds "$seconds" --seed "$seed" --threads 2 | sed 's/^{/{"solver":"siting",/'
  done
  java -jar "$jar" bench qap-cpsat "$dat" --seconds "$seconds" --threads 2 | sed 's/^{/{"solver":"cpsat",/'
done
