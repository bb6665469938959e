"""Customer-facing billing endpoints that front the internal billing service."""
import logging
import os
import uuid

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


@routes.get("/api/invoices/{invoice_id}/pdf")
@require_customer
async def invoice_pdf(request: web.Request) -> web.StreamResponse:
    customer = request["customer"]
    try:
        invoice_id = uuid.UUID(request.match_info["invoice_id"])
    except ValueError:
        raise web.HTTPNotFound()
    locale = request.query.get("locale", "en")
    if locale not in {"en", "de", "fr", "nl"}:
        locale = "en"

    session: aiohttp.ClientSession = request.app["http"]
    url = f"{BILLING_API}/v2/invoices/{invoice_id}/pdf"
    async with session.get(url, params={"customer_id": customer.id, "locale": locale},
                           headers=_headers(), timeout=TIMEOUT) as upstream:
        if upstream.status == 404:
            raise web.HTTPNotFound()
        if upstream.status != 200:
            raise web.HTTPBadGateway()
        resp = web.StreamResponse(headers={
            "Content-Type": "application/pdf",
            "Content-Disposition": f'inline; filename="invoice-{invoice_id}.pdf"',
        })
        await resp.prepare(request)
        async for chunk in upstream.content.iter_chunked(64 * 1024):
            await resp.write(chunk)
        await resp.write_eof()
        return resp


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
