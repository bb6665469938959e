"""HTTP entry points for the chat service (aiohttp)."""
import logging
import re
from html import unescape

import aiohttp
from aiohttp import web

from chat.auth import require_user
from chat.store import MessageStore

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

_OG_RE = re.compile(r'<meta\s+property="og:(title|description|image)"\s+content="([^"]*)"', re.I)


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


async def _fetch_preview(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
        html = await resp.text(errors="replace")
        preview = {"status": resp.status, "final_url": str(resp.url)}
    preview.update({k.lower(): unescape(v) for k, v in _OG_RE.findall(html[:200_000])})
    if "title" not in preview:
        preview["snippet"] = html[:300]
    return preview


@routes.post("/api/unfurl")
@require_user
async def unfurl(request: web.Request) -> web.Response:
    body = await request.json()
    url = (body.get("url") or "").strip()
    if not url:
        raise web.HTTPBadRequest(text="url required")
    preview = await _fetch_preview(request.app["http"], url)
    return web.json_response(preview)


def create_app(store: MessageStore) -> web.Application:
    app = web.Application()
    app["store"] = store

    async def _http_client(app: web.Application):
        app["http"] = aiohttp.ClientSession(headers={"User-Agent": "chat-unfurl/1.0"})
        yield
        await app["http"].close()

    app.cleanup_ctx.append(_http_client)
    app.add_routes(routes)
    return app
