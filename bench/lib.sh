# Shared by the bench/*.sh scripts: source it. Builds what is missing, makes the data directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
# SKILLS_GUIDE_JAR measures another build of the application (e.g. a branch built elsewhere) instead.
APP_JAR="${SKILLS_GUIDE_JAR:-$ROOT/target/skills-guide.jar}"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
FRAMEWORK="${SKILLS_GUIDE_FRAMEWORK:-$ROOT/../shared/frameworks/uk-gdad-pcf}"

if [[ ! -f "$FRAMEWORK/roles.csv" || ! -f "$FRAMEWORK/skills.csv" ]]; then
  echo "bench: the full framework export (roles.csv, skills.csv) is absent at $FRAMEWORK" >&2
  echo "bench: set SKILLS_GUIDE_FRAMEWORK to the directory holding it (it is never copied into the repository)" >&2
  exit 2
fi

# Builds the application jar and the benchmark jar with the Maven wrapper (BENCH_SKIP_BUILD=1 reuses them).
build_jars() {
  if [[ -n "${SKILLS_GUIDE_JAR:-}" ]]; then
    [[ -f "$APP_JAR" ]] || { echo "bench: SKILLS_GUIDE_JAR=$APP_JAR is not a file" >&2; exit 2; }
  elif [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$APP_JAR" ]]; then
    ./mvnw -B -q package -DskipTests
  fi
  if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$BENCH_JAR" ]]; then
    ./mvnw -B -q -f bench/pom.xml package
  fi
}

# A temporary data directory: the shipped index-data plus the two framework CSVs. Removed on exit.
make_data_dir() {
  BENCH_DATA_DIR="$(mktemp -d -t skills-guide-bench-data.XXXXXX)"
  cp index-data/* "$BENCH_DATA_DIR"/
  cp "$FRAMEWORK/roles.csv" "$FRAMEWORK/skills.csv" "$BENCH_DATA_DIR"/
  export BENCH_DATA_DIR
  trap 'rm -rf "$BENCH_DATA_DIR"' EXIT
}

# One line describing the machine and what else was running, for the results files.
machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/java: /'
  echo "commit: $(git rev-parse --short HEAD)  app jar: $APP_JAR ($(date -u -r "$APP_JAR" +%H:%M:%SZ))"
}

# Median of numbers on stdin, one a line.
median() {
  sort -g | awk '{a[NR]=$1} END {if (NR==0) exit 1; if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
