import asyncio
import ipaddress
import time

from aiohttp import web

routes = web.RouteTableDef()
STARTED = time.monotonic()


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True, "uptime": round(time.monotonic() - STARTED, 1)})


@routes.get("/ping")
async def ping(request: web.Request) -> web.Response:
    try:
        target = ipaddress.ip_address(request.query.get("target", ""))
    except ValueError:
        raise web.HTTPBadRequest(text="target must be an IP address")

    try:
        count = max(1, min(int(request.query.get("count", "3")), 10))
    except ValueError:
        raise web.HTTPBadRequest(text="count must be an integer")

    binary = "ping6" if target.version == 6 else "ping"
    proc = await asyncio.create_subprocess_exec(
        binary, "-n", "-c", str(count), "-W", "2", str(target),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        stdout, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    except asyncio.TimeoutError:
        proc.kill()
        raise web.HTTPGatewayTimeout(text="ping timed out")

    return web.json_response({
        "target": str(target),
        "exit_code": proc.returncode,
        "output": stdout.decode(errors="replace").splitlines(),
    })
