"""Avatar endpoint used by the chat widget."""
import hashlib
import logging

import aiohttp
from aiohttp import web

from profiles.initials import render_initials_png
from profiles.store import ProfileStore

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

DEFAULT_SIZE = 64
MAX_SIZE = 256
GRAVATAR_URL = "https://www.gravatar.com/avatar/{digest}"
GRAVATAR_TIMEOUT = aiohttp.ClientTimeout(total=2)


def _size(request: web.Request) -> int:
    try:
        size = int(request.query.get("s", DEFAULT_SIZE))
    except ValueError:
        raise web.HTTPBadRequest(text="s must be an integer")
    return max(16, min(size, MAX_SIZE))


async def _gravatar(session: aiohttp.ClientSession, email: str, size: int) -> bytes | None:
    # Proxied so that visitors' IPs are not sent to Gravatar.
    digest = hashlib.md5(email.strip().lower().encode("utf-8")).hexdigest()
    url = GRAVATAR_URL.format(digest=digest)
    try:
        async with session.get(url, params={"s": size, "d": "404"}, timeout=GRAVATAR_TIMEOUT) as resp:
            if resp.status != 200:
                return None
            return await resp.read()
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.debug("gravatar lookup failed: %s", exc)
        return None


@routes.get("/avatars/{user_id:\\d+}.png")
async def avatar(request: web.Request) -> web.Response:
    store: ProfileStore = request.app["profiles"]
    profile = await store.get(int(request.match_info["user_id"]))
    if profile is None:
        raise web.HTTPNotFound()
    size = _size(request)
    png = None
    if profile.use_gravatar and profile.email:
        png = await _gravatar(request.app["http"], profile.email, size)
    if png is None:
        png = render_initials_png(profile.display_name, size)
    return web.Response(body=png, content_type="image/png", headers={"Cache-Control": "public, max-age=3600"})
