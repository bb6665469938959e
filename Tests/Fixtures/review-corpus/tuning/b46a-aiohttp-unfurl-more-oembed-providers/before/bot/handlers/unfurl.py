from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

YOUTUBE_OEMBED = "https://www.youtube.com/oembed"
TIMEOUT = aiohttp.ClientTimeout(total=5)


async def unfurl(request: web.Request) -> web.Response:
    target = request.query.get("url", "")
    parts = urlsplit(target)
    if parts.scheme != "https" or parts.hostname not in {"www.youtube.com", "youtu.be"}:
        return web.json_response({"error": "unsupported url"}, status=400)

    session: aiohttp.ClientSession = request.app["http"]
    params = {"url": target, "format": "json"}
    async with session.get(YOUTUBE_OEMBED, params=params, timeout=TIMEOUT) as resp:
        if resp.status != 200:
            return web.json_response({"error": "upstream"}, status=502)
        data = await resp.json()
    return web.json_response({"title": data.get("title"), "thumbnail": data.get("thumbnail_url")})
