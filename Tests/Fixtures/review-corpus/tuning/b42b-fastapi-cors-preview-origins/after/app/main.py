import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from app.config import get_settings
from app.routers import accounts, invoices, orders, webhooks

settings = get_settings()
logging.basicConfig(level=settings.log_level)

app = FastAPI(title="Ledger API", version=settings.release, docs_url=None if settings.is_prod else "/docs")

# Per-PR preview builds of the dashboard are served from pr-<n>.preview.ledgerhq-dash.io
# and need to call the staging API with the session cookie.
DASHBOARD_ORIGIN_RE = r"https://(app|staging|pr-[0-9]{1,5}\.preview)\.ledgerhq-dash\.io"

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=[settings.dashboard_origin],
    allow_origin_regex=None if settings.is_prod else DASHBOARD_ORIGIN_RE,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Request-Id"],
    max_age=600,
)

for module in (accounts, invoices, orders, webhooks):
    app.include_router(module.router)


@app.get("/healthz", include_in_schema=False)
async def healthz() -> dict[str, str]:
    return {"status": "ok", "release": settings.release}
