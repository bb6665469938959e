import json
import logging

from flask import Blueprint, abort, request

from hooks.jobs import enqueue_build

log = logging.getLogger(__name__)
bp = Blueprint("github_hooks", __name__)


@bp.post("/hooks/github")
def github_webhook():
    event = request.headers.get("X-GitHub-Event", "")
    payload = json.loads(request.get_data())
    if event == "ping":
        return {"ok": True}
    if event != "push":
        log.info("ignoring %s event", event)
        return {"ignored": event}
    ref = payload.get("ref", "")
    if ref == "refs/heads/main":
        enqueue_build(payload["repository"]["full_name"], payload["after"])
    return {"queued": ref == "refs/heads/main"}
