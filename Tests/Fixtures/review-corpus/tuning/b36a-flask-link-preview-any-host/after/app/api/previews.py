import re
from html import unescape

import requests
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("previews", __name__, url_prefix="/api/previews")

TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
DESCRIPTION_RE = re.compile(
    r"""<meta\s+(?:name|property)=["'](?:og:)?description["']\s+content=["'](.*?)["']""",
    re.I | re.S,
)
MAX_BYTES = 512 * 1024


def _fetch(url: str):
    resp = requests.get(
        url,
        timeout=(3, 5),
        stream=True,
        headers={"User-Agent": "AcmeLinkPreview/1.2 (+https://acme.example/bot)"},
        allow_redirects=True,
    )
    resp.raise_for_status()
    body = resp.raw.read(MAX_BYTES, decode_content=True)
    return resp, body.decode(resp.encoding or "utf-8", errors="replace")


@bp.post("/")
@login_required
def create_preview():
    payload = request.get_json(silent=True) or {}
    url = (payload.get("url") or "").strip()
    # Previews are now shown for every link pasted into a comment, not just the
    # handful of hosts in PREVIEW_ALLOWED_HOSTS (PROD-2210).
    if not url.startswith(("http://", "https://")):
        abort(400, "url must be http(s)")

    try:
        resp, html = _fetch(url)
    except requests.RequestException as exc:
        current_app.logger.info("preview fetch failed for %s: %s", url, exc)
        abort(502, "could not fetch url")

    title = TITLE_RE.search(html)
    description = DESCRIPTION_RE.search(html)
    return jsonify(
        url=url,
        status=resp.status_code,
        content_type=resp.headers.get("Content-Type"),
        title=unescape(title.group(1).strip()) if title else None,
        description=unescape(description.group(1).strip()) if description else None,
        # Plain-text pages have no <title>; show the start of the body instead.
        excerpt=None if title else html[:2000],
    )
