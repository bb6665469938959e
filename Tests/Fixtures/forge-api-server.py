#!/usr/bin/env python3
"""A forge's commit-status and pull-request API for berth's tests: GitHub, Gitea/Forgejo or GitLab, checked as the
real one checks.

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. Accepts one repository (--repo
owner/name; each --status-repo adds one that takes status posts only, as app repositories do) and one token
(BERTH_TEST_FORGE_TOKEN), and answers status posts the way the real API does:

  github  POST {prefix}/repos/{owner}/{repo}/statuses/{sha}   Authorization: Bearer <token>, Accept: application/vnd.github+json
          state pending|success|failure|error, context, description <= 140, target_url
  gitea   POST {prefix}/api/v1/repos/{owner}/{repo}/statuses/{sha}   Authorization: token <token>
          state pending|success|error|failure|warning
  gitlab  POST {prefix}/api/v4/projects/{url-encoded path}/statuses/{sha}   PRIVATE-TOKEN: <token>
          state pending|running|success|failed|canceled|skipped, name; posting the state a (sha, name) already has
          is refused with 400 "Cannot transition status via :run from :running", like GitLab does

Pull requests (merge requests on GitLab), kept in memory with number, state, head, base, title, body and comments:

  github  GET  {prefix}/repos/{o}/{r}/pulls?state=open|closed|all&head=owner:branch&base=b
          POST {prefix}/repos/{o}/{r}/pulls   title, head, base required, body <= 65536; 422 when one is open for
               head and base already ("A pull request already exists for owner:branch.") or head == base
          PATCH {prefix}/repos/{o}/{r}/pulls/{n}   title, body, state open|closed   -> 200
          POST {prefix}/repos/{o}/{r}/issues/{n}/comments   body -> 201
  gitea   the same under /api/v1; the list takes state, page and limit (<= 50) but no head filter; an existing
          one is 409; PATCH answers 201 as Gitea does
  gitlab  GET  {prefix}/api/v4/projects/{enc}/merge_requests?state=opened|closed|merged|all&source_branch&target_branch
          POST .../merge_requests   source_branch, target_branch, title required, description; 409 when one is open
               for the source branch ({"message": ["Another open merge request already exists for this source branch: !1"]})
          PUT  .../merge_requests/{iid}   title, description, state_event close|reopen -> 200
          POST .../merge_requests/{iid}/notes   body -> 201

Fields an API does not know are refused with 422/400 (the real one would ignore them silently: a wrong field name is
a bug the test should see). With --git-dir, head branches must exist in that bare repository (as on the real forge).
After every change the pull requests are written as JSON to --state.

--script is a JSON list of answers ({"status": 429, "headers": {...}, "body": {...}}) given to the first status
requests (status posts and pull-request calls alike) instead of the real handling, to play rate limits and outages. Every request is appended as one JSON line to
--log (method, raw path, headers, body, answered status) for the test to read.
"""
import argparse
import hmac
import subprocess
import json
import os
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler
from loopback_server import serve
from urllib.parse import quote, urlsplit, parse_qs

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


def repo_base(flavor, prefix, repo):
    owner, _, name = repo.rpartition("/")
    if flavor == "github":
        return f"{prefix}/repos/{owner}/{name}"
    if flavor == "gitea":
        return f"{prefix}/api/v1/repos/{owner}/{name}"
    return f"{prefix}/api/v4/projects/{quote(repo, safe='')}"


PR_FIELDS = {
    "github": {"create": {"title", "body", "head", "base", "draft", "maintainer_can_modify"},
               "edit": {"title", "body", "state", "base", "maintainer_can_modify"}},
    "gitea": {"create": {"title", "body", "head", "base", "assignee", "assignees", "labels", "milestone", "due_date"},
              "edit": {"title", "body", "state", "base", "assignee", "assignees", "labels", "milestone", "due_date"}},
    "gitlab": {"create": {"title", "description", "source_branch", "target_branch", "remove_source_branch",
                          "squash", "labels", "assignee_id"},
               "edit": {"title", "description", "state_event", "target_branch", "remove_source_branch", "labels"}},
}


class PullRequests:
    """The forge's pull requests, answered in each flavor's shape."""

    def __init__(self, args):
        self.args = args
        self.flavor = args.flavor
        self.items = []
        self.base = repo_base(args.flavor, args.prefix, args.repo)
        collection = "merge_requests" if self.flavor == "gitlab" else "pulls"
        self.collection = re.compile("^" + re.escape(f"{self.base}/{collection}") + "$")
        self.one = re.compile("^" + re.escape(f"{self.base}/{collection}/") + "([0-9]+)$")
        if self.flavor == "gitlab":
            self.comments = re.compile("^" + re.escape(f"{self.base}/merge_requests/") + "([0-9]+)/notes$")
        else:
            self.comments = re.compile("^" + re.escape(f"{self.base}/issues/") + "([0-9]+)/comments$")

    def matches(self, path):
        return any(p.match(path) for p in (self.collection, self.one, self.comments))

    def refuse(self, message):
        return (400 if self.flavor == "gitlab" else 422), {"message": message}

    def shape(self, pr):
        if self.flavor == "gitlab":
            return {"iid": pr["number"], "id": 1000 + pr["number"], "state": "opened" if pr["state"] == "open" else "closed",
                    "title": pr["title"], "description": pr["body"], "source_branch": pr["head"],
                    "target_branch": pr["base"], "web_url": f"http://forge.test/{self.args.repo}/-/merge_requests/{pr['number']}"}
        return {"number": pr["number"], "id": 1000 + pr["number"], "state": pr["state"], "title": pr["title"],
                "body": pr["body"], "head": {"ref": pr["head"], "label": f"{self.args.repo.split('/')[0]}:{pr['head']}"},
                "base": {"ref": pr["base"]}, "html_url": f"http://forge.test/{self.args.repo}/pulls/{pr['number']}"}

    def save(self):
        if self.args.state:
            with open(self.args.state + ".tmp", "w") as out:
                json.dump(self.items, out)
            os.replace(self.args.state + ".tmp", self.args.state)

    def branch_exists(self, branch):
        if not self.args.git_dir:
            return True
        result = subprocess.run(["git", "--git-dir", self.args.git_dir, "rev-parse", "--verify", "--quiet",
                                 f"refs/heads/{branch}"], capture_output=True)
        return result.returncode == 0

    def unknown(self, body, kind):
        extra = sorted(set(body) - PR_FIELDS[self.flavor][kind])
        return self.refuse(f"unknown fields {extra} (the fake refuses what the real API would ignore)") if extra else None

    def answer(self, method, path, query, body):
        if (m := self.collection.match(path)):
            if method == "GET":
                return self.list(query)
            if method == "POST":
                return self.create(body)
            return 405, {"message": "Method Not Allowed"}
        if (m := self.one.match(path)):
            pr = self.find(int(m.group(1)))
            if pr is None:
                return 404, {"message": "Not Found"}
            if method == "GET":
                return 200, self.shape(pr)
            if method == ("PUT" if self.flavor == "gitlab" else "PATCH"):
                return self.edit(pr, body)
            return 405, {"message": "Method Not Allowed"}
        m = self.comments.match(path)
        if method != "POST":
            return 405, {"message": "Method Not Allowed"}
        pr = self.find(int(m.group(1)))
        if pr is None:
            return 404, {"message": "Not Found"}
        if not isinstance(body, dict):
            return 400, {"message": "Problems parsing JSON"}
        if (refused := self.unknown_comment(body)):
            return refused
        if not isinstance(body.get("body"), str) or not body["body"].strip():
            return self.refuse("body is missing")
        pr["comments"].append(body["body"])
        self.save()
        return 201, {"id": len(pr["comments"]), "body": body["body"]}

    def unknown_comment(self, body):
        extra = sorted(set(body) - {"body"})
        return self.refuse(f"unknown fields {extra} (the fake refuses what the real API would ignore)") if extra else None

    def find(self, number):
        return next((pr for pr in self.items if pr["number"] == number), None)

    def list(self, query):
        def one(name):
            return query.get(name, [None])[0]
        found = list(self.items)
        if self.flavor == "gitlab":
            state = one("state") or "all"
            if state not in ("opened", "closed", "merged", "locked", "all"):
                return 400, {"message": "state does not have a valid value"}
            if state != "all":
                found = [p for p in found if ("opened" if p["state"] == "open" else "closed") == state]
            if one("source_branch"):
                found = [p for p in found if p["head"] == one("source_branch")]
            if one("target_branch"):
                found = [p for p in found if p["base"] == one("target_branch")]
            return 200, [self.shape(p) for p in found]
        state = one("state") or "open"
        if state not in ("open", "closed", "all"):
            return self.refuse(f"state {state!r} is not open, closed or all")
        if state != "all":
            found = [p for p in found if p["state"] == state]
        if self.flavor == "github":
            head = one("head")
            if head is not None:
                owner, sep, branch = head.partition(":")
                if not sep:
                    return self.refuse("head must be user:ref-name")
                found = [p for p in found if owner == self.args.repo.split("/")[0] and p["head"] == branch]
            if one("base"):
                found = [p for p in found if p["base"] == one("base")]
            return 200, [self.shape(p) for p in found]
        limit = min(int(one("limit") or 30), 50)
        page = max(int(one("page") or 1), 1)
        return 200, [self.shape(p) for p in found[(page - 1) * limit: page * limit]]

    def create(self, body):
        if not isinstance(body, dict):
            return 400, {"message": "Problems parsing JSON"}
        if (refused := self.unknown(body, "create")):
            return refused
        head_key, base_key, body_key = (("source_branch", "target_branch", "description") if self.flavor == "gitlab"
                                        else ("head", "base", "body"))
        missing = [k for k in ("title", head_key, base_key) if not isinstance(body.get(k), str) or not body[k]]
        if missing:
            return self.refuse(f"{', '.join(missing)} is missing" if self.flavor == "gitlab"
                               else f"Validation Failed: missing {missing}")
        head, base = body[head_key], body[base_key]
        text = body.get(body_key, "")
        if not isinstance(text, str) or (self.flavor != "gitlab" and len(text) > 65536):
            return self.refuse("body is too long (maximum is 65536 characters)")
        if head == base:
            return self.refuse("head and base must differ")
        if not self.branch_exists(head) or not self.branch_exists(base):
            return self.refuse(f"branch {head if not self.branch_exists(head) else base} does not exist")
        existing = next((p for p in self.items if p["state"] == "open" and p["head"] == head
                         and (self.flavor == "gitlab" or p["base"] == base)), None)
        if existing:
            if self.flavor == "github":
                return 422, {"message": "Validation Failed", "errors": [
                    {"message": f"A pull request already exists for {self.args.repo.split('/')[0]}:{head}."}]}
            if self.flavor == "gitea":
                return 409, {"message": "pull request already exists for these targets"}
            return 409, {"message": [f"Another open merge request already exists for this source branch: !{existing['number']}"]}
        pr = {"number": len(self.items) + 1, "state": "open", "head": head, "base": base, "title": body["title"],
              "body": text, "comments": []}
        self.items.append(pr)
        self.save()
        return 201, self.shape(pr)

    def edit(self, pr, body):
        if not isinstance(body, dict):
            return 400, {"message": "Problems parsing JSON"}
        if (refused := self.unknown(body, "edit")):
            return refused
        body_key = "description" if self.flavor == "gitlab" else "body"
        if "title" in body and (not isinstance(body["title"], str) or not body["title"]):
            return self.refuse("title can't be blank")
        if body_key in body and (not isinstance(body[body_key], str)
                                 or (self.flavor != "gitlab" and len(body[body_key]) > 65536)):
            return self.refuse("body is too long (maximum is 65536 characters)")
        if self.flavor == "gitlab":
            event = body.get("state_event")
            if event is not None and event not in ("close", "reopen"):
                return 400, {"message": "state_event does not have a valid value"}
            if event == "close":
                pr["state"] = "closed"
            elif event == "reopen":
                pr["state"] = "open"
        else:
            state = body.get("state")
            if state is not None and state not in ("open", "closed"):
                return self.refuse(f"state {state!r} is not open or closed")
            if state:
                pr["state"] = state
        if "title" in body:
            pr["title"] = body["title"]
        if body_key in body:
            pr["body"] = body[body_key]
        self.save()
        return (201 if self.flavor == "gitea" else 200), self.shape(pr)


def make_handler(args, token, script, log_lock):
    path_patterns = [status_path(args.flavor, args.prefix, repo) for repo in [args.repo] + args.status_repo]
    label = "name" if args.flavor == "gitlab" else "context"
    current = {}
    pulls = PullRequests(args)
    pulls_lock = threading.Lock()

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
            self.handle_request()

        def do_GET(self):
            self.handle_request()

        def do_PATCH(self):
            self.handle_request()

        def do_PUT(self):
            self.handle_request()

        def handle_request(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            path = urlsplit(self.path).path
            if pulls.matches(path):
                with pulls_lock:
                    status, answer, headers = self.answer_pulls(path, body, raw)
            elif self.command != "POST":
                status, answer, headers = self.reply(405, {"message": "only status posts and pull requests are served here"})
            else:
                status, answer, headers = self.answer(body)
            # Logged before answering, so a client that has its answer finds the request in the log.
            with log_lock, open(args.log, "a") as log:
                log.write(json.dumps({
                    "method": self.command, "path": self.path, "headers": dict(self.headers.items()),
                    "body": body if isinstance(body, dict) else None, "answered": status,
                }) + "\n")
            self.send(status, answer, headers)

        def answer_pulls(self, path, body, raw):
            if not authorized(args.flavor, self.headers, token):
                return self.reply(401, {"message": "Bad credentials" if args.flavor == "github" else "401 Unauthorized"})
            if args.flavor == "github" and "application/vnd.github" not in self.headers.get("Accept", ""):
                return self.reply(415, {"message": "Accept must ask for application/vnd.github+json"})
            if raw and "application/json" not in self.headers.get("Content-Type", ""):
                return self.reply(415, {"message": "Content-Type must be application/json"})
            if self.command != "GET" and not raw:
                return self.reply(400, {"message": "Problems parsing JSON"})
            if script:
                scripted = script.pop(0)
                return self.reply(scripted["status"], scripted.get("body", {"message": "scripted"}),
                                  scripted.get("headers"))
            status, answer = pulls.answer(self.command, path, parse_qs(urlsplit(self.path).query), body)
            return self.reply(status, answer)

        def answer(self, body):
            match = next((m for m in (p.match(self.path) for p in path_patterns) if m), None)
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
    parser.add_argument("--status-repo", dest="status_repo", action="append", default=[])
    parser.add_argument("--prefix", default="")
    parser.add_argument("--script", default="[]")
    parser.add_argument("--log", required=True)
    parser.add_argument("--state", default="")
    parser.add_argument("--git-dir", dest="git_dir", default="")
    args = parser.parse_args()
    token = os.environ.get("BERTH_TEST_FORGE_TOKEN", "")
    serve(make_handler(args, token, json.loads(args.script), threading.Lock()))


if __name__ == "__main__":
    sys.exit(main())
