#!/usr/bin/env bash
# HTTP load with wrk on 127.0.0.1 against one `serve` (HTTP mode, full framework, fake Slack):
# GET /health, then the signed slash command `/skills lead data engineer`, each at concurrency
# WRK_CONNECTIONS (16) for WRK_DURATION (20s); then the same again with -Xmx96m. Peak RSS (VmHWM)
# of the server after each. Results: bench/results/http.txt. WRK_WARMUP (e.g. 15s; none by default)
# first runs each load once unmeasured, so that the measured run sees a JIT-warm server.
source "$(dirname "$0")/lib.sh"
command -v wrk > /dev/null || { echo "bench: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
build_jars
if ! java -jar "$APP_JAR" serve --help > /dev/null 2>&1; then
  echo "bench: this build has no 'serve' command yet (it comes with the Slack app): nothing to measure" >&2
  exit 3
fi
make_data_dir
CONNECTIONS="${WRK_CONNECTIONS:-16}"
DURATION="${WRK_DURATION:-20s}"
SECRET=benchsecret
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  rm -rf "$BENCH_DATA_DIR"
}
trap cleanup EXIT


# The fake Slack Web API: answers {"ok":true} to everything, exits by itself after 10 minutes.
FAKE_OUT="$(mktemp)"
java -Xmx64m -cp "$BENCH_JAR" org.skillsguide.bench.FakeSlack 600 > "$FAKE_OUT" &
PIDS+=($!)
for _ in $(seq 100); do [[ -s "$FAKE_OUT" ]] && break; sleep 0.1; done
FAKE_PORT="$(head -1 "$FAKE_OUT")"

# One server with the given JVM options; prints the wrk results and the server's peak RSS.
run_one() {
  local label="$1"; shift
  local port; port="$(shuf -i 20000-60000 -n 1)"
  local log; log="$(mktemp -t skills-guide-serve.XXXXXX.log)"
  SLACK_BOT_TOKEN=xoxb-bench SLACK_SIGNING_SECRET="$SECRET" SLACK_API_URL="http://127.0.0.1:$FAKE_PORT/api/" \
    PORT="$port" SKILLS_GUIDE_DATA="$BENCH_DATA_DIR" SLACK_APP_TOKEN= \
    java "$@" -jar "$APP_JAR" serve > "$log" 2>&1 &
  local server=$!
  PIDS+=("$server")
  local up=0
  for _ in $(seq 300); do  # at most 30 s
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2> /dev/null; then up=1; break; fi
    kill -0 "$server" 2> /dev/null || break
    sleep 0.1
  done
  if [[ $up != 1 ]]; then echo "bench: the server did not start; its log:" >&2; tail -30 "$log" >&2; return 1; fi

  echo "== $label: java $* -jar target/skills-guide.jar serve  (wrk -t2 -c$CONNECTIONS -d$DURATION${WRK_WARMUP:+, after a $WRK_WARMUP unmeasured warm-up of each})"
  if [[ -n "${WRK_WARMUP:-}" ]]; then
    wrk -t2 -c"$CONNECTIONS" -d"$WRK_WARMUP" -s bench/wrk/slack.lua "http://127.0.0.1:$port/health" > /dev/null
    local warm; warm="$(java -cp "$BENCH_JAR" org.skillsguide.bench.SlackSigning "$SECRET" /skills \
      "lead data engineer" "http://127.0.0.1:$FAKE_PORT/")"
    SLACK_TS="$(sed -n 1p <<< "$warm")" SLACK_SIG="$(sed -n 2p <<< "$warm")" SLASH_BODY="$(sed -n 3p <<< "$warm")" \
      wrk -t2 -c"$CONNECTIONS" -d"$WRK_WARMUP" -s bench/wrk/slack.lua "http://127.0.0.1:$port/slack/events" \
      | sed -n 's/^RESULT /warm-up slash (not counted): /p'
  fi
  echo "-- GET /health"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/wrk/slack.lua "http://127.0.0.1:$port/health" \
    | tee "$RESULTS/.health"
  local signed; signed="$(java -cp "$BENCH_JAR" org.skillsguide.bench.SlackSigning "$SECRET" /skills \
    "lead data engineer" "http://127.0.0.1:$FAKE_PORT/")"
  echo "-- POST /slack/events  /skills lead data engineer (signed at $(sed -n 1p <<< "$signed"))"
  SLACK_TS="$(sed -n 1p <<< "$signed")" SLACK_SIG="$(sed -n 2p <<< "$signed")" SLASH_BODY="$(sed -n 3p <<< "$signed")" \
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/wrk/slack.lua "http://127.0.0.1:$port/slack/events" \
    | tee "$RESULTS/.slash"
  local h s
  h="$(sed -n 's/^RESULT rps=\([0-9.]*\).*/\1/p' "$RESULTS/.health")"
  s="$(sed -n 's/^RESULT rps=\([0-9.]*\).*/\1/p' "$RESULTS/.slash")"
  echo "SUMMARY $label health: $(sed -n 's/^RESULT //p' "$RESULTS/.health")"
  echo "SUMMARY $label slash:  $(sed -n 's/^RESULT //p' "$RESULTS/.slash")"
  echo "SUMMARY $label slash/health throughput ratio: $(awk -v s="$s" -v h="$h" 'BEGIN {printf "%.4f", s/h}')"
  echo "SUMMARY $label server peak RSS (VmHWM): $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$server/status)"
  echo "SUMMARY $label server log lines with error or exception: $(grep -ciE "exception|error" "$log" || true)"
  kill "$server"; wait "$server" 2> /dev/null || true
  rm -f "$RESULTS/.health" "$RESULTS/.slash" "$log"
}

# Everything below also goes to the results file; the servers stay children of this shell, so the
# EXIT trap stops them whatever happens.
exec > >(tee "$RESULTS/http${RESULT_SUFFIX:-}.txt") 2>&1
machine
run_one "default heap" -Dfile.encoding=UTF-8 ${SERVE_JAVA_OPTS:-}
run_one "-Xmx96m" -Xmx96m -Dfile.encoding=UTF-8 ${SERVE_JAVA_OPTS:-}
