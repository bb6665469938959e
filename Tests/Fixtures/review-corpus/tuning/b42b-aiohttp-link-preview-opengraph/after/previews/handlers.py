import logging
from html.parser import HTMLParser
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
MAX_HTML = 256 * 1024


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property", "").startswith("og:"):
            self.meta[a["property"][3:]] = a.get("content") or ""
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.meta.setdefault("title", data.strip())
            self._in_title = False


async def _oembed(session: aiohttp.ClientSession, endpoint: str, url: str) -> dict:
    query = urlencode({"url": url, "format": "json"})
    async with session.get(f"{endpoint}?{query}", timeout=TIMEOUT) as resp:
        resp.raise_for_status()
        data = await resp.json()
    return {"title": data.get("title"), "image": data.get("thumbnail_url")}


async def _opengraph(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url, timeout=TIMEOUT, headers={"User-Agent": "LinkPreviewBot/1.2"}) as resp:
        resp.raise_for_status()
        html = (await resp.content.read(MAX_HTML)).decode(resp.charset or "utf-8", "replace")
    parser = _MetaParser()
    parser.feed(html)
    return {
        "title": parser.meta.get("title"),
        "description": parser.meta.get("description"),
        "image": parser.meta.get("image"),
    }


async def link_preview(request: web.Request) -> web.Response:
    url = request.query.get("url", "")
    parsed = urlparse(url)
    host = parsed.hostname or ""
    if parsed.scheme not in ("http", "https") or not host:
        return web.json_response({"preview": None})
    session: aiohttp.ClientSession = request.app["http"]
    endpoint = OEMBED_PROVIDERS.get(host)
    try:
        if endpoint is not None:
            data = await _oembed(session, endpoint, url)
        else:
            # Most sites have no oEmbed endpoint; fall back to their OpenGraph tags.
            data = await _opengraph(session, url)
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.info("preview failed for %s: %s", url, exc)
        return web.json_response({"preview": None})
    return web.json_response({"preview": {**data, "site": host}})
