import hashlib
import hmac
import os

from flask import Blueprint, abort, request

from integrations.jobs import enqueue_build

bp = Blueprint("github_webhook", __name__)
WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


def _valid_signature(payload: bytes, header: str | None) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(WEBHOOK_SECRET, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


@bp.post("/hooks/github")
def github_hook():
    if not _valid_signature(request.get_data(), request.headers.get("X-Hub-Signature-256")):
        abort(401)
    event = request.headers.get("X-GitHub-Event", "")
    payload = request.get_json(force=True)
    if event == "push":
        enqueue_build(payload["repository"]["full_name"], payload["after"])
    return "", 204
