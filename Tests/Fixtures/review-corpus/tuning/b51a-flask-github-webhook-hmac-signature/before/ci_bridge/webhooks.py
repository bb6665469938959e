import logging
import os

from flask import Blueprint, abort, jsonify, request

from ci_bridge.jobs import enqueue_build

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/hooks")

HOOK_TOKEN = os.environ["GITHUB_HOOK_TOKEN"]
WATCHED_BRANCHES = {"main", "release"}


@bp.post("/github")
def github_push():
    if request.args.get("token") != HOOK_TOKEN:
        abort(403)

    event = request.headers.get("X-GitHub-Event", "")
    if event == "ping":
        return jsonify(ok=True)
    if event != "push":
        return jsonify(ignored=event), 202

    payload = request.get_json(force=True)
    branch = payload.get("ref", "").removeprefix("refs/heads/")
    if branch not in WATCHED_BRANCHES:
        return jsonify(ignored=branch), 202

    repo = payload["repository"]["full_name"]
    sha = payload["after"]
    job_id = enqueue_build(repo=repo, sha=sha, branch=branch)
    log.info("queued build %s for %s@%s", job_id, repo, sha[:12])
    return jsonify(job=job_id), 202
