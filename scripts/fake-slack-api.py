#!/usr/bin/env python3
"""A fake Slack Web API for trying the bot by hand: answers like Slack and prints each call.

Usage: fake-slack-api.py PORT   (the Web API is at http://127.0.0.1:PORT/api/, response_urls at /response/...)
"""
import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeSlack(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        ctype = self.headers.get("Content-Type", "")
        params = dict(urllib.parse.parse_qsl(body)) if ctype.startswith("application/x-www-form-urlencoded") else (json.loads(body) if body else {})
        if self.path.startswith("/response/"):
            method, answer = "response_url", None
        else:
            method = self.path.rsplit("/", 1)[-1]
            answer = {"ok": True}
            if method == "auth.test":
                answer.update(url="https://fake.slack.com/", team="Fake", user="skillsguide", team_id="T1", user_id="UBOT", bot_id="BBOT")
            elif method == "chat.postMessage":
                answer.update(channel=params.get("channel"), ts="1700000999.000100")
            elif method in ("views.publish", "views.open"):
                answer.update(view={"id": "V1"})
            elif method == "bots.info":
                answer.update(bot={"id": params.get("bot"), "user_id": "UOTHER"})
        record = {"method": method, "path": self.path}
        for key in ("channel", "thread_ts", "user", "user_id", "trigger_id", "response_type", "replace_original", "text"):
            if key in params:
                record[key] = params[key]
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if blocks:
            texts = [t for t in (block_text(b) for b in blocks) if t]
            record["block_texts"] = texts[:2] + [t for t in texts[2:] if t.startswith("Shared by")]
        print(json.dumps(record, ensure_ascii=False), flush=True)
        payload = b"ok" if answer is None else json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if answer is None else "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


def block_text(block):
    if "text" in block and isinstance(block["text"], dict):
        return block["text"].get("text", "")[:80]
    if block.get("type") == "context":
        return " ".join(e.get("text", "") for e in block.get("elements", []))[:80]
    return None


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), FakeSlack).serve_forever()
