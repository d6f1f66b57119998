#!/usr/bin/env bash
# The soak (issue 4 §6): one `serve` (HTTP mode, full framework, fake Slack on 127.0.0.1) under a
# steady mixed load of SOAK_RATE (50) requests a second for SOAK_SECONDS (600): signed slash commands,
# app_mention and message.im callbacks, block_actions clicks and block_suggestion typeaheads
# (bench/src/main/java/org/skillsguide/bench/Soak.java). Heap used after a full GC is sampled every
# SOAK_SAMPLE_SECONDS (30) with jcmd. Results: bench/results/soak.txt. Exit status 1 when any
# request failed or an answer never reached the fake Slack.
source "$(dirname "$0")/lib.sh"
build_jars
if ! java -jar "$APP_JAR" serve --help > /dev/null 2>&1; then
  echo "bench: this build has no 'serve' command yet: nothing to soak" >&2
  exit 3
fi
command -v jcmd > /dev/null || { echo "bench: jcmd (from a JDK) is needed for the heap samples" >&2; exit 2; }
make_data_dir
SECONDS_TOTAL="${SOAK_SECONDS:-600}"
exec > >(tee "$RESULTS/soak${RESULT_SUFFIX:-}.txt") 2>&1
machine
# The driver starts the server itself, stops it at the end, and exits (bounded: seconds + ~2 min).
timeout $((SECONDS_TOTAL + 180)) java -Xmx256m -cp "$BENCH_JAR" org.skillsguide.bench.Soak \
  "$APP_JAR" "$BENCH_DATA_DIR" "$SECONDS_TOTAL" "${SOAK_RATE:-50}" "${SOAK_SAMPLE_SECONDS:-30}" \
  -Dfile.encoding=UTF-8 ${SERVE_JAVA_OPTS:-}
status=$?
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
