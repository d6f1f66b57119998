#!/usr/bin/env bash
# Every benchmark, one after the other: answering, loading, then start-up and HTTP load when the
# build has the `serve` command. Results in bench/results/. Takes about 12 minutes on 2 cores.
set -uo pipefail
cd "$(dirname "$0")/.."
bench/search.sh || exit $?
BENCH_SKIP_BUILD=1 bench/index.sh || exit $?
status=0
for script in startup http; do
  BENCH_SKIP_BUILD=1 "bench/$script.sh"
  code=$?
  if [[ $code == 3 ]]; then
    echo "bench/$script.sh: skipped, no 'serve' command in this build"
  elif [[ $code != 0 ]]; then
    status=$code
  fi
done
exit $status
