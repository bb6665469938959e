import time

from aiohttp import web

routes = web.RouteTableDef()
STARTED = time.monotonic()


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True, "uptime": round(time.monotonic() - STARTED, 1)})
