import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from ci_bridge.jobs import enqueue_build

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/hooks")

HOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
WATCHED_BRANCHES = {"main", "release"}


def _signature_ok(body: bytes, header: str | None) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(HOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


@bp.post("/github")
def github_push():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get("X-Hub-Signature-256")):
        log.warning("rejected webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = request.headers.get("X-GitHub-Event", "")
    if event == "ping":
        return jsonify(ok=True)
    if event != "push":
        return jsonify(ignored=event), 202

    payload = json.loads(body)
    branch = payload.get("ref", "").removeprefix("refs/heads/")
    if branch not in WATCHED_BRANCHES:
        return jsonify(ignored=branch), 202

    repo = payload["repository"]["full_name"]
    sha = payload["after"]
    job_id = enqueue_build(repo=repo, sha=sha, branch=branch)
    log.info("queued build %s for %s@%s", job_id, repo, sha[:12])
    return jsonify(job=job_id), 202
