"""Profile endpoints."""
from aiohttp import web

from profiles.auth import login_required
from profiles.repo import ProfileRepo

routes = web.RouteTableDef()


def _public(profile) -> dict:
    return {
        "id": profile.id,
        "display_name": profile.display_name,
        "bio": profile.bio,
        "joined": profile.created_at.date().isoformat(),
    }


@routes.get(r"/api/users/{user_id:\d+}")
@login_required
async def get_profile(request: web.Request) -> web.Response:
    repo: ProfileRepo = request.app["profiles"]
    profile = await repo.get(int(request.match_info["user_id"]))
    if profile is None:
        raise web.HTTPNotFound()
    return web.json_response(_public(profile))


@routes.patch("/api/users/me")
@login_required
async def update_me(request: web.Request) -> web.Response:
    repo: ProfileRepo = request.app["profiles"]
    body = await request.json()
    changes = {k: body[k] for k in ("display_name", "bio") if k in body}
    profile = await repo.update(request["user_id"], **changes)
    return web.json_response(_public(profile))
