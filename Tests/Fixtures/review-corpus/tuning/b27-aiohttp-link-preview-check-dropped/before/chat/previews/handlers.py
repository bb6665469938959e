import asyncio
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import aiohttp
from aiohttp import web
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)

routes = web.RouteTableDef()

FETCH_TIMEOUT = aiohttp.ClientTimeout(total=5)
MAX_BODY = 512 * 1024


class PreviewError(web.HTTPBadRequest):
    pass


async def _is_public_url(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(parsed.hostname, parsed.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return False
    for family, _, _, _, sockaddr in infos:
        addr = ipaddress.ip_address(sockaddr[0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


def _extract_meta(html: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")

    def og(prop):
        tag = soup.find("meta", property=f"og:{prop}")
        return tag["content"].strip() if tag and tag.get("content") else None

    title = og("title") or (soup.title.string.strip() if soup.title and soup.title.string else None)
    return {
        "title": title,
        "description": og("description"),
        "image": og("image"),
        "site_name": og("site_name"),
    }


@routes.post("/api/messages/link-preview")
async def link_preview(request: web.Request) -> web.Response:
    user = request["user"]
    payload = await request.json()
    url = (payload.get("url") or "").strip()
    if not url:
        raise PreviewError(text="url is required")

    if not await _is_public_url(url):
        log.info("preview refused for %s (user %s)", url, user.id)
        raise PreviewError(text="url not allowed")

    session: aiohttp.ClientSession = request.app["http"]
    async with session.get(url, timeout=FETCH_TIMEOUT, allow_redirects=False) as resp:
        if resp.status != 200 or "text/html" not in resp.headers.get("Content-Type", ""):
            return web.json_response({"url": url, "preview": None})
        body = await resp.content.read(MAX_BODY)

    meta = _extract_meta(body.decode(resp.charset or "utf-8", errors="replace"))
    return web.json_response({"url": url, "preview": meta})


def setup(app: web.Application) -> None:
    app.add_routes(routes)
