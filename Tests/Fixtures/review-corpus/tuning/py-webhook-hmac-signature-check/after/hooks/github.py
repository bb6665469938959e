import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from hooks.jobs import enqueue_build

log = logging.getLogger(__name__)
bp = Blueprint("github_hooks", __name__)
WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, header: str | None) -> bool:
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


@bp.post("/hooks/github")
def github_webhook():
    event = request.headers.get("X-GitHub-Event", "")
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Hub-Signature-256")):
        abort(401)
    payload = json.loads(body)
    if event == "ping":
        return {"ok": True}
    if event != "push":
        log.info("ignoring %s event", event)
        return {"ignored": event}
    ref = payload.get("ref", "")
    if ref == "refs/heads/main":
        enqueue_build(payload["repository"]["full_name"], payload["after"])
    return {"queued": ref == "refs/heads/main"}
