#!/usr/bin/env bash
# A manual session with the real jar against a fake Slack (scripts/fake-slack-api.py): signed requests
# sent with curl as Slack sends them, and what the bot posts back. Needs target/skills-guide.jar,
# python3, curl, openssl, jq. The JVM runs with a US-ASCII platform charset on purpose: signatures
# over non-ASCII bodies must still verify.
set -euo pipefail
cd "$(dirname "$0")/.."

API_PORT=${API_PORT:-18765}
BOT_PORT=${BOT_PORT:-18766}
SECRET=session-signing-secret
WORK=$(mktemp -d)
cleanup() { kill "$BOT_PID" "$API_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

python3 scripts/fake-slack-api.py "$API_PORT" >"$WORK/api.log" 2>&1 &
API_PID=$!

PORT=$BOT_PORT SLACK_BOT_TOKEN=xoxb-session-token SLACK_SIGNING_SECRET=$SECRET \
SLACK_API_URL=http://127.0.0.1:$API_PORT/api/ SKILLS_GUIDE_DATA=index-data \
  java -Dfile.encoding=US-ASCII -jar target/skills-guide.jar serve >"$WORK/bot.out" 2>"$WORK/bot.err" &
BOT_PID=$!

for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$BOT_PORT/health" >/dev/null && break; sleep 0.5; done

# Signs and posts a body as Slack does: v0= + HMAC-SHA256 of "v0:timestamp:body".
slack_post() {
  local type=$1 body=$2 ts sig
  ts=$(date +%s)
  sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)"
  curl -s -o "$WORK/response" -w '[HTTP %{http_code} in %{time_total}s] ' -H "Content-Type: $type" \
    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" \
    --data-binary "$body" "http://127.0.0.1:$BOT_PORT/slack/events"
  cat "$WORK/response"; echo
}

await_call() { # waits for the Nth call to the fake API (auth.test at start not counted)
  for _ in $(seq 1 40); do [ "$(grep -vc auth.test "$WORK/api.log")" -ge "$1" ] && break; sleep 0.25; done
  grep -v auth.test "$WORK/api.log" | sed -n "${1}p"
}

echo "\$ curl /health"
curl -s "http://127.0.0.1:$BOT_PORT/health"; echo
echo
echo "\$ /skills head of IT service management   (slash command; the acknowledgement is the card)"
slack_post application/x-www-form-urlencoded \
  "token=x&team_id=T1&channel_id=C1&channel_name=general&user_id=U123&user_name=ann&command=%2Fskills&text=head+of+IT+service+management&api_app_id=A1&response_url=http%3A%2F%2F127.0.0.1%3A$API_PORT%2Fresponse%2Fcmd1&trigger_id=1.2.3" \
  >/dev/null
echo -n "acknowledged with: "
jq -c '{response_type, text, blocks: (.blocks | length), buttons: [.blocks[] | select(.type=="actions") | .elements[].action_id]}' "$WORK/response"
echo
echo "\$ /skill Crème brûlée’s 🎉   (non-ASCII in a signed form body; the no-match card quotes it)"
slack_post application/x-www-form-urlencoded \
  "token=x&team_id=T1&channel_id=C1&user_id=U123&command=%2Fskill&text=$(jq -rn '"Crème brûlée’s 🎉"|@uri')&api_app_id=A1&response_url=http%3A%2F%2F127.0.0.1%3A$API_PORT%2Fresponse%2Fcmd2&trigger_id=1.2.3" >/dev/null
echo -n "acknowledged with: "; jq -c '.blocks[0].text.text' "$WORK/response"
echo
echo "\$ @Skills Guide what does a head of IT service management do?   (app_mention in #C1, ts 1700000000.000200)"
slack_post application/json \
  '{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvSession1","event_time":1700000000,"event":{"type":"app_mention","user":"U123","text":"<@UBOT> what does a head of IT service management do?","ts":"1700000000.000200","channel":"C1","event_ts":"1700000000.000200"}}'
echo "fake Slack received:"; await_call 1
echo
echo "\$ click \"Share in channel\" on the private card   (block_actions)"
PAYLOAD='{"type":"block_actions","user":{"id":"U123","name":"ann"},"api_app_id":"A1","token":"x","container":{"type":"message","message_ts":"1.2","channel_id":"C1","is_ephemeral":true},"trigger_id":"1.2.3","team":{"id":"T1"},"channel":{"id":"C1","name":"general"},"response_url":"http://127.0.0.1:'$API_PORT'/response/share1","actions":[{"action_id":"sg_share_here","block_id":"sg_controls_0","value":"/skills head of IT service management","type":"button","action_ts":"1.3"}]}'
slack_post application/x-www-form-urlencoded "payload=$(jq -rn --arg p "$PAYLOAD" '$p|@uri')"
echo "fake Slack received:"; await_call 2
echo
echo "\$ click \"Share to…\" and pick #C2 in the modal   (block_actions, then view_submission)"
PAYLOAD=${PAYLOAD//sg_share_here/sg_share_to}
slack_post application/x-www-form-urlencoded "payload=$(jq -rn --arg p "$PAYLOAD" '$p|@uri')"
echo "fake Slack received:"; await_call 3 | jq -c '{method, trigger_id}'
SUBMIT='{"type":"view_submission","team":{"id":"T1"},"user":{"id":"U123","name":"ann"},"api_app_id":"A1","token":"x","trigger_id":"1.2.4","view":{"id":"V2","type":"modal","callback_id":"sg_share_modal","private_metadata":"{\"q\":\"/skills head of IT service management\",\"origin\":\"C1\"}","state":{"values":{"sg_share_target":{"sg_share_conversation":{"type":"conversations_select","selected_conversation":"C2"}}}}}}'
slack_post application/x-www-form-urlencoded "payload=$(jq -rn --arg p "$SUBMIT" '$p|@uri')"
echo "fake Slack received:"; await_call 4
echo
echo "\$ a forged event (bad signature)"
curl -s -w '\n[HTTP %{http_code}]\n' -H "Content-Type: application/json" -H "X-Slack-Request-Timestamp: $(date +%s)" \
  -H "X-Slack-Signature: v0=0000" --data-binary '{"type":"event_callback","event_id":"EvForged","event":{"type":"app_mention","user":"U666","text":"<@UBOT> hi","ts":"1.1","channel":"C1"}}' "http://127.0.0.1:$BOT_PORT/slack/events"
echo
echo "--- bot log ---"
cat "$WORK/bot.out" "$WORK/bot.err"
