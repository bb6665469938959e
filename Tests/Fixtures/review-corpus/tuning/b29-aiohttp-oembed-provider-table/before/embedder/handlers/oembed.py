"""oEmbed proxy: resolves a media URL into embeddable HTML for the editor."""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

from aiohttp import ClientSession, ClientTimeout, web

log = logging.getLogger(__name__)

YOUTUBE_OEMBED = "https://www.youtube.com/oembed"
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "youtu.be", "m.youtube.com"}
TIMEOUT = ClientTimeout(total=5)

routes = web.RouteTableDef()


def _is_youtube(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "").lower() in YOUTUBE_HOSTS


async def _lookup(session: ClientSession, media_url: str) -> dict:
    params = {"url": media_url, "format": "json", "maxwidth": "720"}
    async with session.get(YOUTUBE_OEMBED, params=params, timeout=TIMEOUT, allow_redirects=False) as resp:
        if resp.status != 200:
            raise web.HTTPBadGateway(text=f"oembed provider returned {resp.status}")
        return await resp.json(content_type=None)


@routes.get("/api/oembed")
async def oembed(request: web.Request) -> web.Response:
    if request.get("user") is None:
        raise web.HTTPUnauthorized()
    media_url = request.query.get("url", "")
    if not _is_youtube(media_url):
        raise web.HTTPBadRequest(text="unsupported media URL")

    cache = request.app["oembed_cache"]
    cached = await cache.get(media_url)
    if cached is not None:
        return web.json_response(cached)

    data = await _lookup(request.app["http"], media_url)
    result = {
        "html": data.get("html"),
        "title": data.get("title"),
        "thumbnail_url": data.get("thumbnail_url"),
        "provider": "youtube",
    }
    await cache.set(media_url, result, ttl=86400)
    return web.json_response(result)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
