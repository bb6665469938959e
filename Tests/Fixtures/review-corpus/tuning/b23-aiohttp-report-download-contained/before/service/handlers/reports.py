import json
import logging
from datetime import datetime, timezone
from pathlib import Path

from aiohttp import web

from ..auth import require_user
from ..jobs import enqueue_report

log = logging.getLogger(__name__)

routes = web.RouteTableDef()

REPORT_ROOT = Path("/var/lib/reporter/output").resolve()
REPORT_KINDS = {"usage", "billing", "audit"}


def _tenant_dir(tenant_id: int) -> Path:
    return REPORT_ROOT / str(tenant_id)


@routes.get("/reports")
@require_user
async def list_reports(request: web.Request) -> web.Response:
    user = request["user"]
    folder = _tenant_dir(user.tenant_id)
    items = []
    if folder.is_dir():
        for entry in sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True):
            if not entry.is_file():
                continue
            stat = entry.stat()
            items.append(
                {
                    "name": entry.name,
                    "size": stat.st_size,
                    "modified": datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc).isoformat(),
                }
            )
    return web.json_response({"reports": items})


@routes.post("/reports")
@require_user
async def request_report(request: web.Request) -> web.Response:
    user = request["user"]
    try:
        body = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="invalid JSON")

    kind = body.get("kind")
    if kind not in REPORT_KINDS:
        raise web.HTTPBadRequest(text=f"kind must be one of {sorted(REPORT_KINDS)}")

    job_id = await enqueue_report(request.app["redis"], tenant_id=user.tenant_id, kind=kind)
    log.info("report requested", extra={"tenant": user.tenant_id, "kind": kind, "job": job_id})
    return web.json_response({"job_id": job_id}, status=202)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
