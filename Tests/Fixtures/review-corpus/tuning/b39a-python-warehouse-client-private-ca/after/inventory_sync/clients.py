"""HTTP clients for the upstream systems inventory-sync talks to.

Endpoints and timeouts come from config/<env>.toml, loaded once by load_config();
credentials come from the environment.
"""
from __future__ import annotations

import os
import ssl
import tomllib
from functools import lru_cache
from pathlib import Path

import httpx

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


@lru_cache(maxsize=None)
def load_config(env: str) -> dict:
    with open(CONFIG_DIR / f"{env}.toml", "rb") as fh:
        return tomllib.load(fh)


def _tls_verify(cfg: dict) -> ssl.SSLContext | bool:
    """Trust an extra CA (e.g. the warehouse vendor's private CA) on top of the system store."""
    ca_file = cfg.get("ca_file")
    if not ca_file:
        return True
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile=CONFIG_DIR / ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def warehouse_client(env: str) -> httpx.Client:
    cfg = load_config(env)["warehouse"]
    return httpx.Client(
        base_url=cfg["base_url"],
        timeout=httpx.Timeout(cfg.get("timeout_seconds", 10.0)),
        headers={"Authorization": f"Bearer {os.environ['WAREHOUSE_TOKEN']}"},
        verify=_tls_verify(cfg),
    )


def erp_client(env: str) -> httpx.Client:
    cfg = load_config(env)["erp"]
    return httpx.Client(
        base_url=cfg["base_url"],
        timeout=httpx.Timeout(cfg.get("timeout_seconds", 30.0)),
        auth=httpx.BasicAuth(cfg["username"], os.environ["ERP_PASSWORD"]),
    )
