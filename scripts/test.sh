#!/usr/bin/env bash
# The project's test command: installs the test tools, starts a private PostGIS, runs
# `mvn -B verify` (extra arguments are passed on) and always stops the database again.
#
#   bash scripts/test.sh
#   bash scripts/test.sh -Dtest='Postgis*'
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-test-deps.sh

# A cluster of this run's own, so a developer's running test cluster is left alone.
state_dir=$(mktemp -d /tmp/symbiopark-test-run.XXXXXX)
export SYMBIOPARK_TEST_DB_STATE="$state_dir/env"
cleanup() {
  bash scripts/test-db.sh stop || true
  rm -rf -- "$state_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Not eval "$(…)": set -e does not see a command substitution fail inside eval.
db_env=$(bash scripts/test-db.sh start)
eval "$db_env"

rc=0
mvn -B verify "$@" || rc=$?
exit "$rc"
