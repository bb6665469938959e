import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from service.routers import accounts, projects, sessions

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.getenv(
        "CORS_ALLOWED_ORIGINS",
        "https://app.tallyhq.io,https://admin.tallyhq.io",
    ).split(",")
    if o.strip()
]

app = FastAPI(title="tally-api", version="1.9.0")

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)

app.include_router(sessions.router)
app.include_router(accounts.router)
app.include_router(projects.router)


@app.get("/healthz")
def healthz():
    return {"ok": True}
