#!/usr/bin/env bash
# Start-up of `java -jar target/skills-guide.jar serve` (HTTP mode, full framework, fake Slack on
# 127.0.0.1): launch → first 200 from /health, and → first signed /skills answered with a card.
# Median of STARTUP_RUNS (default 5). SERVE_JAVA_OPTS adds JVM options. Results: bench/results/startup.txt.
source "$(dirname "$0")/lib.sh"
build_jars
if ! java -jar "$APP_JAR" serve --help > /dev/null 2>&1; then
  echo "bench: this build has no 'serve' command yet (it comes with the Slack app): nothing to measure" >&2
  exit 3
fi
make_data_dir
{
  machine
  echo "SERVE_JAVA_OPTS=${SERVE_JAVA_OPTS:-}"
  java -cp "$BENCH_JAR:$APP_JAR" org.skillsguide.bench.StartupProbe "$APP_JAR" "${STARTUP_RUNS:-5}"
} 2>&1 | tee "$RESULTS/startup${RESULT_SUFFIX:-}.txt"
