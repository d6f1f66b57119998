-- wrk script for the Skills Guide server. With SLASH_BODY, SLACK_TS and SLACK_SIG set (bench/http.sh
-- signs the body once, just before the run; Slack signatures stay valid 5 minutes) every request is
-- that signed slash command, POSTed; otherwise a plain GET of the URL (/health).
-- Counts non-200 responses, and for the slash command 200s without a card, across all threads.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local body = os.getenv("SLASH_BODY")
if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("SLACK_TS")
  wrk.headers["X-Slack-Signature"] = os.getenv("SLACK_SIG")
end

function init(args)
  non200 = 0
  nocard = 0
  responses = 0
end

function response(status, headers, resp)
  responses = responses + 1
  if status ~= 200 then
    non200 = non200 + 1
  elseif body ~= nil and body ~= "" and not string.find(resp, "\"blocks\"", 1, true) then
    nocard = nocard + 1
  end
end

function done(summary, latency, requests)
  local bad, missing, total = 0, 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non200")
    missing = missing + t:get("nocard")
    total = total + t:get("responses")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d non200=%d no_card=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, bad, missing, socket))
end
