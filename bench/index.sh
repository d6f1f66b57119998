#!/usr/bin/env bash
# Loading and indexing the full framework: warm (JMH) and cold (a fresh JVM's first load, run
# COLD_RUNS times, median; and `check --data` end to end under hyperfine when it is installed).
# Results in bench/results/index.txt.
source "$(dirname "$0")/lib.sh"
build_jars
make_data_dir
COLD_RUNS="${COLD_RUNS:-10}"
{
  machine
  java -cp "$BENCH_JAR:$APP_JAR" org.openjdk.jmh.Main 'IndexBenchmark' -rf text -rff /dev/null "$@"

  echo
  echo "== cold: fresh JVM, first KnowledgeLoader.load, $COLD_RUNS runs"
  : > "$RESULTS/.cold"
  for _ in $(seq "$COLD_RUNS"); do
    java -Dfile.encoding=UTF-8 -cp "$BENCH_JAR:$APP_JAR" org.skillsguide.bench.ColdLoad | tee -a "$RESULTS/.cold"
  done
  echo "median cold_load_ms=$(sed 's/.*cold_load_ms=\([0-9.]*\).*/\1/' "$RESULTS/.cold" | median)" \
       "first_answer_ms=$(sed 's/.*first_answer_ms=\([0-9.]*\).*/\1/' "$RESULTS/.cold" | median)" \
       "jvm_uptime_ms=$(sed 's/.*jvm_uptime_ms=\([0-9]*\).*/\1/' "$RESULTS/.cold" | median)"
  rm -f "$RESULTS/.cold"

  echo
  echo "== cold end to end: java -jar target/skills-guide.jar check --data DIR"
  if command -v hyperfine > /dev/null; then
    hyperfine --ignore-failure --warmup 1 --runs "$COLD_RUNS" --style basic \
      --export-json "$RESULTS/.hyperfine.json" "java -jar $APP_JAR check --data $BENCH_DATA_DIR" 2>&1
    echo "median s: $(grep -o '"median": *[0-9.]*' "$RESULTS/.hyperfine.json" | grep -o '[0-9.]*$')"
    rm -f "$RESULTS/.hyperfine.json"
  else
    echo "hyperfine is not installed (apt-get install -y hyperfine): timing with date instead"
    for _ in $(seq "$COLD_RUNS"); do
      s=$(date +%s%N); java -jar "$APP_JAR" check --data "$BENCH_DATA_DIR" > /dev/null || true; e=$(date +%s%N)
      echo $(( (e - s) / 1000000 ))
    done | median | sed 's/^/median ms: /'
  fi
} 2>&1 | tee "$RESULTS/index.txt"
