import asyncio
import hmac
import logging
import os

from aiohttp import web

log = logging.getLogger("deployhook")
HOOK_SECRET = os.environ["DEPLOY_HOOK_SECRET"].encode()
REPO_DIR = "/srv/site"


def _signed(request: web.Request, body: bytes) -> bool:
    sig = request.headers.get("X-Hub-Signature-256", "")
    mac = hmac.new(HOOK_SECRET, body, "sha256").hexdigest()
    return hmac.compare_digest(sig, f"sha256={mac}")


async def deploy(request: web.Request) -> web.Response:
    body = await request.read()
    if not _signed(request, body):
        raise web.HTTPUnauthorized()
    payload = await request.json()
    log.info("push to %s by %s", payload.get("ref"), payload.get("pusher", {}).get("name"))
    proc = await asyncio.create_subprocess_exec(
        "git", "-C", REPO_DIR, "pull", "--ff-only", "origin", "main",
    )
    await proc.wait()
    return web.json_response({"exit": proc.returncode})


app = web.Application()
app.router.add_post("/hooks/deploy", deploy)

if __name__ == "__main__":
    web.run_app(app, port=9000)