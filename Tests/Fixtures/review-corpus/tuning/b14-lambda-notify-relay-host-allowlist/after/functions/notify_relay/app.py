"""Relays build notifications to chat. Invoked by API Gateway (POST /notify)."""
import json
import os
import urllib.request
from urllib.parse import urlsplit

ALLOWED_HOSTS = {
    "hooks.slack.com",
    "outlook.office.com",
    "chat.googleapis.com",
}


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_NO_REDIRECTS = urllib.request.build_opener(_RefuseRedirects)


def _valid_target(url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme == "https"
        and parts.hostname in ALLOWED_HOSTS
        and parts.port in (None, 443)
        and not parts.username
    )


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    target = body.get("webhook_url", "")
    if not _valid_target(target):
        return {"statusCode": 400, "body": json.dumps({"error": "webhook host not allowed"})}

    message = {
        "text": f"{body.get('pipeline', '?')} #{body.get('run', '?')}: {body.get('status', 'unknown')}",
    }
    req = urllib.request.Request(
        target,
        data=json.dumps(message).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with _NO_REDIRECTS.open(req, timeout=float(os.environ.get("NOTIFY_TIMEOUT", "5"))) as resp:
        status = resp.status

    return {"statusCode": 202, "body": json.dumps({"relayed": status})}