#!/usr/bin/env python3
"""Fake review endpoints for berth's tests: an OpenAI-compatible chat completions API and a review webhook.

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. The scenario is the first
path segment, so one server plays every reply:

  POST /<scenario>/v1/chat/completions   checks what a real server would (bearer key from BERTH_TEST_API_KEY,
      model from --model, a system and a user message, the diff inside one ```diff fence, response_format with
      the verdict's JSON schema) and answers 400 when any check fails; then, by scenario:
      approve, block, malformed (prose instead of JSON), wrong-shape (JSON missing keys), timeout (sleeps
      --sleep seconds first), error500 (always 500), flaky (500 on the first request, then approve),
      json-object-only (refuses response_format json_schema with a 500 as llama-cpp-python's server does, then
      approves a request that sends the schema as {"type": "json_object", "schema": ...}). Each scenario's
      request count is kept in <record>/<scenario>.count.
  POST /webhook/<scenario>   checks X-Berth-Signature-256 (HMAC-SHA256 with BERTH_TEST_WEBHOOK_SECRET) and the
      request's keys (401 / 400 otherwise); answers clean (no findings) or finding (one high finding).

Each request body is written to --record/<scenario>.json for the test to read.
"""
import argparse
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler

from loopback_server import serve

VERDICTS = {
    "approve": {"verdict": "approve", "summary": "nothing risky", "findings": []},
    "block": {
        "verdict": "block",
        "summary": "a cloud key is committed",
        "findings": [{"severity": "critical", "rule": "hardcoded-secret", "file": "app/boto.py", "line": 2,
                      "message": "an AWS access key is committed"}],
    },
}


def check_completion(request, model, json_object_only):
    """What a strict OpenAI-compatible server (and berth's contract) requires; None when all is well."""
    if request.get("model") != model:
        return f"model {request.get('model')!r} is not {model!r}"
    if not isinstance(request.get("max_tokens"), int) or request["max_tokens"] <= 0:
        return "max_tokens must be a positive integer"
    messages = request.get("messages")
    if not isinstance(messages, list) or [m.get("role") for m in messages] != ["system", "user"]:
        return "messages must be one system and one user message"
    system, user = messages[0].get("content"), messages[1].get("content")
    if not isinstance(system, str) or "verdict" not in system or "```" in system.replace('"```diff"', "").replace('"```"', ""):
        return "the system message must state the verdict format and hold no diff"
    if user.count("```") != 2 or "\n```diff\n" not in user or not user.endswith("\n```\n"):
        return "the user message must hold the diff inside exactly one ```diff fence"
    fmt = request.get("response_format") or {}
    if json_object_only:
        if fmt.get("type") != "json_object":
            return "response_format.type: Input should be 'text' or 'json_object'"
        schema = fmt.get("schema") or {}
    else:
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
        if fmt.get("type") != "json_schema":
            return "response_format must be a json_schema"
    if schema.get("required") != ["verdict", "summary", "findings"]:
        return "response_format's schema must require the verdict's keys"
    if schema.get("properties", {}).get("verdict", {}).get("enum") != ["approve", "block"]:
        return "the schema's verdict must be approve or block"
    return None


def make_handler(args, api_key, webhook_secret):
    counts = {}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *a):
            pass

        def reply(self, status, payload):
            body = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            parts = self.path.strip("/").split("/")
            scenario = parts[1] if parts[0] == "webhook" and len(parts) > 1 else parts[0]
            with open(os.path.join(args.record, scenario + ".json"), "wb") as record:
                record.write(body)
            with lock:
                counts[scenario] = counts.get(scenario, 0) + 1
                count = counts[scenario]
                with open(os.path.join(args.record, scenario + ".count"), "w") as record:
                    record.write(str(count))
            if parts[0] == "webhook":
                return self.webhook(scenario, body)
            if parts[1:] != ["v1", "chat", "completions"]:
                return self.reply(404, {"error": {"message": f"no route {self.path}"}})
            if not hmac.compare_digest(self.headers.get("Authorization", ""), f"Bearer {api_key}"):
                return self.reply(401, {"error": {"message": "bad api key"}})
            try:
                request = json.loads(body)
            except ValueError:
                return self.reply(400, {"error": {"message": "body is not JSON"}})
            problem = check_completion(request, args.model, scenario == "json-object-only")
            if problem:
                # llama-cpp-python's server refuses a json_schema response_format with a 500.
                status = 500 if problem.startswith("response_format.type") else 400
                return self.reply(status, {"error": {"message": problem}})
            if scenario == "timeout":
                time.sleep(args.sleep)
            if scenario == "error500" or (scenario == "flaky" and count == 1):
                return self.reply(500, {"error": {"message": "internal error"}})
            content = {
                "malformed": "Sure! The change looks fine, I approve.",
                "wrong-shape": json.dumps({"verdict": "approve"}),
                "block": json.dumps(VERDICTS["block"]),
            }.get(scenario, json.dumps(VERDICTS["approve"]))
            self.reply(200, {
                "id": "chatcmpl-test", "object": "chat.completion", "model": args.model,
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
            })

        def webhook(self, scenario, body):
            expected = "sha256=" + hmac.new(webhook_secret.encode(), body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(self.headers.get("X-Berth-Signature-256", ""), expected):
                return self.reply(401, {"error": "bad signature"})
            request = json.loads(body)
            if not {"deployment", "repository", "toCommit", "path", "diff", "files"} <= set(request):
                return self.reply(400, {"error": "not a review request"})
            findings = []
            if scenario == "finding":
                findings = [{"severity": "high", "rule": "team.no-new-endpoints", "file": request["files"][0],
                             "line": 1, "message": "new endpoints need a security review",
                             "fingerprint": "team-endpoint-1"}]
            self.reply(200, {"reviewer": "team-hook", "findings": findings})

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--record", required=True)
    parser.add_argument("--sleep", type=float, default=5)
    args = parser.parse_args()
    serve(make_handler(args, os.environ.get("BERTH_TEST_API_KEY", ""), os.environ.get("BERTH_TEST_WEBHOOK_SECRET", "")))


if __name__ == "__main__":
    sys.exit(main())
