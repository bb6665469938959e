"""HTTP entry points for the chat service (aiohttp)."""
import logging

from aiohttp import web

from chat.auth import require_user
from chat.store import MessageStore

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.get("/api/rooms/{room_id}/messages")
@require_user
async def list_messages(request: web.Request) -> web.Response:
    store: MessageStore = request.app["store"]
    room_id = request.match_info["room_id"]
    before = request.query.get("before")
    msgs = await store.list(room_id, user=request["user"], before=before, limit=50)
    return web.json_response([m.to_dict() for m in msgs])


@routes.post("/api/rooms/{room_id}/messages")
@require_user
async def post_message(request: web.Request) -> web.Response:
    store: MessageStore = request.app["store"]
    body = await request.json()
    text = (body.get("text") or "").strip()
    if not text or len(text) > 4000:
        raise web.HTTPBadRequest(text="text must be 1-4000 characters")
    msg = await store.add(request.match_info["room_id"], request["user"], text)
    return web.json_response(msg.to_dict(), status=201)


def create_app(store: MessageStore) -> web.Application:
    app = web.Application()
    app["store"] = store
    app.add_routes(routes)
    return app
