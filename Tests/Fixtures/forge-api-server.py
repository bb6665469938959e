#!/usr/bin/env python3
"""A forge's commit-status API for berth's tests: GitHub, Gitea/Forgejo or GitLab, checked as the real one checks.

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. Accepts one repository (--repo
owner/name) and one token (BERTH_TEST_FORGE_TOKEN), and answers status posts the way the real API does:

  github  POST {prefix}/repos/{owner}/{repo}/statuses/{sha}   Authorization: Bearer <token>, Accept: application/vnd.github+json
          state pending|success|failure|error, context, description <= 140, target_url
  gitea   POST {prefix}/api/v1/repos/{owner}/{repo}/statuses/{sha}   Authorization: token <token>
          state pending|success|error|failure|warning
  gitlab  POST {prefix}/api/v4/projects/{url-encoded path}/statuses/{sha}   PRIVATE-TOKEN: <token>
          state pending|running|success|failed|canceled|skipped, name; posting the state a (sha, name) already has
          is refused with 400 "Cannot transition status via :run from :running", like GitLab does

--script is a JSON list of answers ({"status": 429, "headers": {...}, "body": {...}}) given to the first status
posts instead of the real handling, to play rate limits and outages. Every request is appended as one JSON line to
--log (method, raw path, headers, body, answered status) for the test to read.
"""
import argparse
import hmac
import json
import os
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler
from loopback_server import serve
from urllib.parse import quote

STATES = {
    "github": {"pending", "success", "failure", "error"},
    "gitea": {"pending", "success", "error", "failure", "warning"},
    "gitlab": {"pending", "running", "success", "failed", "canceled", "skipped"},
}


def status_path(flavor, prefix, repo):
    owner, _, name = repo.rpartition("/")
    if flavor == "github":
        base = f"{prefix}/repos/{owner}/{name}"
    elif flavor == "gitea":
        base = f"{prefix}/api/v1/repos/{owner}/{name}"
    else:
        base = f"{prefix}/api/v4/projects/{quote(repo, safe='')}"
    return re.compile("^" + re.escape(base + "/statuses/") + "([0-9a-f]{40})$")


def authorized(flavor, headers, token):
    if flavor == "gitlab":
        return hmac.compare_digest(headers.get("PRIVATE-TOKEN", ""), token)
    scheme = "Bearer " if flavor == "github" else "token "
    return hmac.compare_digest(headers.get("Authorization", ""), scheme + token)


def make_handler(args, token, script, log_lock):
    path_pattern = status_path(args.flavor, args.prefix, args.repo)
    label = "name" if args.flavor == "gitlab" else "context"
    current = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *rest):
            pass

        def reply(self, status, body, headers=None):
            return status, body, headers or {}

        def send(self, status, body, headers):
            payload = json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            status, answer, headers = self.answer(body)
            # Logged before answering, so a client that has its answer finds the request in the log.
            with log_lock, open(args.log, "a") as log:
                log.write(json.dumps({
                    "method": self.command, "path": self.path, "headers": dict(self.headers.items()),
                    "body": body if isinstance(body, dict) else None, "answered": status,
                }) + "\n")
            self.send(status, answer, headers)

        def do_GET(self):
            self.send(405, {"message": "only status posts are served here"}, {})

        def answer(self, body):
            match = path_pattern.match(self.path)
            if not match:
                return self.reply(404, {"message": "Not Found"})
            if not authorized(args.flavor, self.headers, token):
                return self.reply(401, {"message": "Bad credentials" if args.flavor == "github" else "401 Unauthorized"})
            if args.flavor == "github" and "application/vnd.github" not in self.headers.get("Accept", ""):
                return self.reply(415, {"message": "Accept must ask for application/vnd.github+json"})
            if "application/json" not in self.headers.get("Content-Type", ""):
                return self.reply(415, {"message": "Content-Type must be application/json"})
            if script:
                scripted = script.pop(0)
                return self.reply(scripted["status"], scripted.get("body", {"message": "scripted"}),
                                  scripted.get("headers"))
            if not isinstance(body, dict):
                return self.reply(400, {"message": "Problems parsing JSON"})
            problems = []
            if body.get("state") not in STATES[args.flavor]:
                problems.append(f"state {body.get('state')!r} is not one of {sorted(STATES[args.flavor])}")
            if not isinstance(body.get(label), str) or not body[label]:
                problems.append(f"{label} is missing")
            description = body.get("description", "")
            if not isinstance(description, str) or len(description) > 140:
                problems.append("description is longer than 140 characters")
            target = body.get("target_url")
            if target is not None and not (isinstance(target, str) and re.match(r"^https?://", target)):
                problems.append("target_url is not an http(s) URL")
            if problems:
                return self.reply(422 if args.flavor != "gitlab" else 400, {"message": "; ".join(problems)})
            sha = match.group(1)
            key = (sha, body[label])
            if args.flavor == "gitlab" and current.get(key) == body["state"]:
                return self.reply(400, {"message": f"Cannot transition status via :{body['state']} from :{body['state']}"})
            current[key] = body["state"]
            return self.reply(201, {"id": len(current), "sha": sha, "state": body["state"], label: body[label]})

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--flavor", required=True, choices=sorted(STATES))
    parser.add_argument("--repo", required=True)
    parser.add_argument("--prefix", default="")
    parser.add_argument("--script", default="[]")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    token = os.environ.get("BERTH_TEST_FORGE_TOKEN", "")
    serve(make_handler(args, token, json.loads(args.script), threading.Lock()))


if __name__ == "__main__":
    sys.exit(main())
