"""Avatar endpoint used by the chat widget."""
import logging

from aiohttp import web

from profiles.initials import render_initials_png
from profiles.store import ProfileStore

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

DEFAULT_SIZE = 64
MAX_SIZE = 256


def _size(request: web.Request) -> int:
    try:
        size = int(request.query.get("s", DEFAULT_SIZE))
    except ValueError:
        raise web.HTTPBadRequest(text="s must be an integer")
    return max(16, min(size, MAX_SIZE))


@routes.get("/avatars/{user_id:\\d+}.png")
async def avatar(request: web.Request) -> web.Response:
    store: ProfileStore = request.app["profiles"]
    profile = await store.get(int(request.match_info["user_id"]))
    if profile is None:
        raise web.HTTPNotFound()
    png = render_initials_png(profile.display_name, _size(request))
    return web.Response(body=png, content_type="image/png", headers={"Cache-Control": "public, max-age=3600"})
