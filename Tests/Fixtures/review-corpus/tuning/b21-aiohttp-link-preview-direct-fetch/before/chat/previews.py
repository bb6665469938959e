import asyncio
import logging
import re
from urllib.parse import urlencode, urlparse

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

OEMBED_PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "youtu.be": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
    "soundcloud.com": "https://soundcloud.com/oembed",
}
FETCH_TIMEOUT = aiohttp.ClientTimeout(total=5)
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _provider_for(url):
    host = (urlparse(url).hostname or "").lower()
    return OEMBED_PROVIDERS.get(host)


async def _fetch_oembed(session, endpoint, url):
    query = urlencode({"url": url, "format": "json", "maxwidth": 640})
    async with session.get(f"{endpoint}?{query}") as resp:
        if resp.status != 200:
            return None
        return await resp.json(content_type=None)


@routes.get("/api/link-preview")
async def link_preview(request):
    await request.app["auth"].require_user(request)
    url = request.query.get("url", "").strip()
    if not url:
        raise web.HTTPBadRequest(text="url is required")

    cache = request.app["redis"]
    cached = await cache.get(f"preview:{url}")
    if cached:
        return web.Response(text=cached.decode(), content_type="application/json")

    endpoint = _provider_for(url)
    if endpoint is None:
        return web.json_response({"url": url, "supported": False})

    session = request.app["http"]
    try:
        data = await _fetch_oembed(session, endpoint, url)
    except (aiohttp.ClientError, asyncio.TimeoutError):
        log.warning("oembed fetch failed for %s", url)
        data = None

    if not data:
        return web.json_response({"url": url, "supported": False})

    payload = {
        "url": url,
        "supported": True,
        "title": data.get("title"),
        "thumbnail": data.get("thumbnail_url"),
        "provider": data.get("provider_name"),
    }
    body = web.json_response(payload)
    await cache.set(f"preview:{url}", body.text, ex=3600)
    return body


async def on_startup(app):
    app["http"] = aiohttp.ClientSession(timeout=FETCH_TIMEOUT)


async def on_cleanup(app):
    await app["http"].close()
