#!/usr/bin/env bash
# Answering: JMH, one answer (engine + Slack JSON) per invocation over 64 mixed questions on the
# full framework; then the per-question medians, slowest first. Results in bench/results/search*.txt.
# Extra arguments go to JMH, e.g. bench/search.sh -f 1 -wi 2 -i 3 for a quick run.
source "$(dirname "$0")/lib.sh"
build_jars
make_data_dir
{
  machine
  java -cp "$BENCH_JAR:$APP_JAR" org.openjdk.jmh.Main 'SearchBenchmark' -rf text -rff /dev/null "$@"
} 2>&1 | tee "$RESULTS/search.txt"
{
  machine
  java -Xmx1g -Dfile.encoding=UTF-8 -cp "$BENCH_JAR:$APP_JAR" org.skillsguide.bench.PerQuestion
} 2>&1 | tee "$RESULTS/search-per-question.txt"
