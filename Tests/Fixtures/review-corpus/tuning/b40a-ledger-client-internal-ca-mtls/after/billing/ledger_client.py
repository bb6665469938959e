"""HTTP client for the internal ledger service.

Settings come from config/ledger.toml, for example:

    [ledger]
    base_url = "https://ledger.svc.internal"
    timeout_seconds = 5

    [ledger.tls]
    ca_bundle = "/etc/pki/tidewater/internal-ca.pem"
    client_cert = "/var/run/secrets/ledger/tls.crt"
    client_key = "/var/run/secrets/ledger/tls.key"
"""
from __future__ import annotations

import ssl
import tomllib
from pathlib import Path

import httpx

CONFIG_PATH = Path(__file__).resolve().parent.parent / "config" / "ledger.toml"


def load_settings(path: Path = CONFIG_PATH) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)["ledger"]


def _ssl_context(tls: dict) -> ssl.SSLContext:
    # Trust the internal CA instead of the system store when one is configured.
    # There is deliberately no "verify = false" escape hatch.
    ctx = ssl.create_default_context(cafile=tls.get("ca_bundle"))
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    if tls.get("client_cert"):
        ctx.load_cert_chain(tls["client_cert"], tls.get("client_key"))
    return ctx


def make_client(settings: dict | None = None) -> httpx.Client:
    settings = settings or load_settings()
    return httpx.Client(
        base_url=settings["base_url"],
        timeout=settings.get("timeout_seconds", 5),
        verify=_ssl_context(settings.get("tls", {})),
        headers={"User-Agent": "billing-worker/1.1"},
    )


def post_entries(entries: list[dict]) -> None:
    with make_client() as client:
        resp = client.post("/v1/entries", json={"entries": entries})
        resp.raise_for_status()
