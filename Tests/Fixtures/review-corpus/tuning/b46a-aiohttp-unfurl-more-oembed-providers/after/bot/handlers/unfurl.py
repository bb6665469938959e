from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

OEMBED_PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "youtu.be": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
    "open.spotify.com": "https://open.spotify.com/oembed",
}
TIMEOUT = aiohttp.ClientTimeout(total=5)


async def unfurl(request: web.Request) -> web.Response:
    target = request.query.get("url", "")
    parts = urlsplit(target)
    endpoint = OEMBED_PROVIDERS.get(parts.hostname or "")
    if parts.scheme != "https" or endpoint is None:
        return web.json_response({"error": "unsupported url"}, status=400)

    session: aiohttp.ClientSession = request.app["http"]
    params = {"url": target, "format": "json"}
    async with session.get(endpoint, params=params, timeout=TIMEOUT) as resp:
        if resp.status != 200:
            return web.json_response({"error": "upstream"}, status=502)
        data = await resp.json()
    return web.json_response({"title": data.get("title"), "thumbnail": data.get("thumbnail_url")})
