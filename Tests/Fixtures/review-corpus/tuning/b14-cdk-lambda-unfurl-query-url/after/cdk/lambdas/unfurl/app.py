import base64
import json
import logging
import urllib.request

log = logging.getLogger()
log.setLevel(logging.INFO)

MAX_BYTES = 2 * 1024 * 1024


def handler(event, context):
    """Link-preview endpoint behind the API Gateway route GET /unfurl."""
    params = event.get("queryStringParameters") or {}
    target = params.get("url")
    if not target:
        return {"statusCode": 400, "body": json.dumps({"error": "url is required"})}

    req = urllib.request.Request(target, headers={"User-Agent": "acme-unfurl/1.2"})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            ctype = resp.headers.get("Content-Type", "application/octet-stream")
            body = resp.read(MAX_BYTES)
    except Exception as exc:  # noqa: BLE001
        log.warning("unfurl failed for %s: %s", target, exc)
        return {"statusCode": 502, "body": json.dumps({"error": "fetch failed"})}

    return {
        "statusCode": 200,
        "headers": {"Content-Type": ctype, "Cache-Control": "max-age=300"},
        "isBase64Encoded": True,
        "body": base64.b64encode(body).decode(),
    }