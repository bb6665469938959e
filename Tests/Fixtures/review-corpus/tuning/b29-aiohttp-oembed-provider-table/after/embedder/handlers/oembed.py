"""oEmbed proxy: resolves a media URL into embeddable HTML for the editor."""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

from aiohttp import ClientSession, ClientTimeout, web

log = logging.getLogger(__name__)

# provider name -> (oEmbed endpoint, hosts whose media URLs it resolves)
PROVIDERS: dict[str, tuple[str, frozenset[str]]] = {
    "youtube": (
        "https://www.youtube.com/oembed",
        frozenset({"youtube.com", "www.youtube.com", "youtu.be", "m.youtube.com"}),
    ),
    "vimeo": (
        "https://vimeo.com/api/oembed.json",
        frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"}),
    ),
    "soundcloud": (
        "https://soundcloud.com/oembed",
        frozenset({"soundcloud.com", "m.soundcloud.com"}),
    ),
}
TIMEOUT = ClientTimeout(total=5)

routes = web.RouteTableDef()


def _provider_for(url: str) -> tuple[str, str] | None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return None
    host = (parts.hostname or "").lower()
    for name, (endpoint, hosts) in PROVIDERS.items():
        if host in hosts:
            return name, endpoint
    return None


async def _lookup(session: ClientSession, endpoint: str, media_url: str) -> dict:
    params = {"url": media_url, "format": "json", "maxwidth": "720"}
    async with session.get(endpoint, params=params, timeout=TIMEOUT, allow_redirects=False) as resp:
        if resp.status != 200:
            raise web.HTTPBadGateway(text=f"oembed provider returned {resp.status}")
        return await resp.json(content_type=None)


@routes.get("/api/oembed")
async def oembed(request: web.Request) -> web.Response:
    if request.get("user") is None:
        raise web.HTTPUnauthorized()
    media_url = request.query.get("url", "")
    match = _provider_for(media_url)
    if match is None:
        raise web.HTTPBadRequest(text="unsupported media URL")
    provider, endpoint = match

    cache = request.app["oembed_cache"]
    cached = await cache.get(media_url)
    if cached is not None:
        return web.json_response(cached)

    data = await _lookup(request.app["http"], endpoint, media_url)
    result = {
        "html": data.get("html"),
        "title": data.get("title"),
        "thumbnail_url": data.get("thumbnail_url"),
        "provider": provider,
    }
    await cache.set(media_url, result, ttl=86400)
    return web.json_response(result)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
