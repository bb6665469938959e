"""Link previews for chat messages.

When a user pastes a link into the composer the client calls this endpoint to
render a small card with the page title, description and image.
"""
import logging
from urllib.parse import urljoin, urlparse

import requests
from bs4 import BeautifulSoup
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)

USER_AGENT = "AcmeChatBot/1.4 (+https://chat.acme.io/bot)"
MAX_BYTES = 512 * 1024
CACHE_TTL = 60 * 60 * 6


def _meta(soup, *names):
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def _fetch_preview(url):
    resp = requests.get(
        url,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
        timeout=5,
        stream=True,
        allow_redirects=True,
    )
    resp.raise_for_status()
    body = resp.raw.read(MAX_BYTES, decode_content=True)
    soup = BeautifulSoup(body, "html.parser")

    title = _meta(soup, "og:title", "twitter:title") or (soup.title.string.strip() if soup.title and soup.title.string else None)
    image = _meta(soup, "og:image", "twitter:image")
    return {
        "url": resp.url,
        "title": title,
        "description": _meta(soup, "og:description", "description", "twitter:description"),
        "image": urljoin(resp.url, image) if image else None,
        "site_name": _meta(soup, "og:site_name") or urlparse(resp.url).hostname,
    }


@login_required
@require_POST
def link_preview(request):
    url = (request.POST.get("url") or "").strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return JsonResponse({"error": "invalid url"}, status=400)

    cache_key = f"link-preview:{url}"
    cached = cache.get(cache_key)
    if cached is not None:
        return JsonResponse(cached)

    try:
        preview = _fetch_preview(url)
    except requests.RequestException as exc:
        logger.info("preview fetch failed for %s: %s", url, exc)
        return JsonResponse({"error": "could not load preview"}, status=502)

    cache.set(cache_key, preview, CACHE_TTL)
    return JsonResponse(preview)