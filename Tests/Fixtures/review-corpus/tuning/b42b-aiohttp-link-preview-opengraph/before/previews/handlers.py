import logging
from urllib.parse import urlencode, urlparse

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)

OEMBED_PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
    "soundcloud.com": "https://soundcloud.com/oembed",
}
TIMEOUT = aiohttp.ClientTimeout(total=5)


async def _oembed(session: aiohttp.ClientSession, endpoint: str, url: str) -> dict:
    query = urlencode({"url": url, "format": "json"})
    async with session.get(f"{endpoint}?{query}", timeout=TIMEOUT) as resp:
        resp.raise_for_status()
        return await resp.json()


async def link_preview(request: web.Request) -> web.Response:
    url = request.query.get("url", "")
    host = urlparse(url).hostname or ""
    endpoint = OEMBED_PROVIDERS.get(host)
    if endpoint is None:
        return web.json_response({"preview": None})
    session: aiohttp.ClientSession = request.app["http"]
    try:
        data = await _oembed(session, endpoint, url)
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.info("oembed failed for %s: %s", url, exc)
        return web.json_response({"preview": None})
    return web.json_response(
        {"preview": {"title": data.get("title"), "image": data.get("thumbnail_url"), "site": host}}
    )
