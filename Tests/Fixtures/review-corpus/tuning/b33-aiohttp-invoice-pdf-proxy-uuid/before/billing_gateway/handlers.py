"""Customer-facing billing endpoints that front the internal billing service."""
import logging
import os

import aiohttp
from aiohttp import web

from billing_gateway.auth import require_customer
from billing_gateway.serializers import invoice_summary

log = logging.getLogger(__name__)

BILLING_API = os.environ.get("BILLING_API_URL", "http://billing.internal.svc.cluster.local:8080")
BILLING_TOKEN = os.environ["BILLING_SERVICE_TOKEN"]
TIMEOUT = aiohttp.ClientTimeout(total=10)

routes = web.RouteTableDef()


def _headers():
    return {"Authorization": f"Bearer {BILLING_TOKEN}", "Accept": "application/json"}


@routes.get("/api/invoices")
@require_customer
async def list_invoices(request: web.Request) -> web.Response:
    customer = request["customer"]
    session: aiohttp.ClientSession = request.app["http"]
    params = {"customer_id": customer.id, "limit": "50"}
    async with session.get(f"{BILLING_API}/v2/invoices", params=params,
                           headers=_headers(), timeout=TIMEOUT) as resp:
        if resp.status != 200:
            log.warning("billing list failed: %s", resp.status)
            raise web.HTTPBadGateway()
        data = await resp.json()
    return web.json_response([invoice_summary(i) for i in data["items"]])


@routes.get("/api/balance")
@require_customer
async def balance(request: web.Request) -> web.Response:
    customer = request["customer"]
    session: aiohttp.ClientSession = request.app["http"]
    async with session.get(f"{BILLING_API}/v2/customers/{customer.id}/balance",
                           headers=_headers(), timeout=TIMEOUT) as resp:
        if resp.status != 200:
            raise web.HTTPBadGateway()
        data = await resp.json()
    return web.json_response({"balance": data["balance"], "currency": data["currency"]})


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


async def _on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession()


async def _on_cleanup(app: web.Application) -> None:
    await app["http"].close()


def setup(app: web.Application) -> None:
    app.add_routes(routes)
    app.on_startup.append(_on_startup)
    app.on_cleanup.append(_on_cleanup)
