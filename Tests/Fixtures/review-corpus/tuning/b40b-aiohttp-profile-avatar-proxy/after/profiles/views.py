"""Profile endpoints."""
import hashlib

import aiohttp
from aiohttp import web

from profiles.auth import login_required
from profiles.repo import ProfileRepo

routes = web.RouteTableDef()

GRAVATAR_BASE = "https://www.gravatar.com/avatar/"
AVATAR_SIZES = (32, 64, 128, 256)
DEFAULT_SIZE = 64


def _public(profile) -> dict:
    return {
        "id": profile.id,
        "display_name": profile.display_name,
        "bio": profile.bio,
        "joined": profile.created_at.date().isoformat(),
    }


def _gravatar_url(email: str, size: int) -> str:
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return f"{GRAVATAR_BASE}{digest}?s={size}&d=identicon"


@routes.get(r"/api/users/{user_id:\d+}")
@login_required
async def get_profile(request: web.Request) -> web.Response:
    repo: ProfileRepo = request.app["profiles"]
    profile = await repo.get(int(request.match_info["user_id"]))
    if profile is None:
        raise web.HTTPNotFound()
    return web.json_response(_public(profile))


@routes.get(r"/api/users/{user_id:\d+}/avatar")
@login_required
async def get_avatar(request: web.Request) -> web.Response:
    # Proxied so the browser never sends the user's IP or email hash to Gravatar.
    repo: ProfileRepo = request.app["profiles"]
    profile = await repo.get(int(request.match_info["user_id"]))
    if profile is None:
        raise web.HTTPNotFound()
    size = request.query.get("s", "")
    size = int(size) if size.isdigit() and int(size) in AVATAR_SIZES else DEFAULT_SIZE
    session: aiohttp.ClientSession = request.app["http"]
    async with session.get(_gravatar_url(profile.email, size), allow_redirects=False) as upstream:
        ctype = upstream.headers.get("Content-Type", "").split(";")[0]
        if upstream.status != 200 or not ctype.startswith("image/"):
            raise web.HTTPNotFound()
        data = await upstream.read()
    return web.Response(body=data, content_type=ctype, headers={"Cache-Control": "private, max-age=3600"})


@routes.patch("/api/users/me")
@login_required
async def update_me(request: web.Request) -> web.Response:
    repo: ProfileRepo = request.app["profiles"]
    body = await request.json()
    changes = {k: body[k] for k in ("display_name", "bio") if k in body}
    profile = await repo.update(request["user_id"], **changes)
    return web.json_response(_public(profile))
