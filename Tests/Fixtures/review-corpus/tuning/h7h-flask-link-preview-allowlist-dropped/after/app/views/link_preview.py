"""Link previews for chat messages (title / description / image)."""
from __future__ import annotations

from urllib.parse import urlparse

import requests
from bs4 import BeautifulSoup
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

from app.extensions import cache

bp = Blueprint("link_preview", __name__, url_prefix="/api/previews")

MAX_BYTES = 512 * 1024


def _is_web_url(url: str) -> bool:
    # The host allowlist was too restrictive (product wants previews for
    # every link), just make sure it's a web URL.
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _extract(html: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")

    def meta(prop: str) -> str | None:
        tag = soup.find("meta", property=prop) or soup.find("meta", attrs={"name": prop})
        return tag.get("content") if tag else None

    return {
        "title": meta("og:title") or (soup.title.string if soup.title else None),
        "description": meta("og:description") or meta("description"),
        "image": meta("og:image"),
    }


@bp.get("")
@login_required
def preview():
    url = request.args.get("url", "").strip()
    if not url:
        abort(400, "url is required")
    if not _is_web_url(url):
        return jsonify({"url": url, "preview": None})

    cached = cache.get(f"preview:{url}")
    if cached is not None:
        return jsonify(cached)

    current_app.logger.debug("fetching preview for %s", url)
    resp = requests.get(
        url,
        timeout=(2, 5),
        headers={"User-Agent": "AcmeChatPreview/1.5"},
        allow_redirects=True,
        stream=True,
    )
    body = resp.raw.read(MAX_BYTES, decode_content=True).decode(resp.encoding or "utf-8", "replace")
    data = {"url": url, "status": resp.status_code, "preview": _extract(body), "snippet": body[:280]}
    cache.set(f"preview:{url}", data, timeout=3600)
    return jsonify(data)
