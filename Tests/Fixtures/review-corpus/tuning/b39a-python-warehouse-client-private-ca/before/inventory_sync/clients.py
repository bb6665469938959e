"""HTTP clients for the upstream systems inventory-sync talks to.

Endpoints and timeouts come from config/<env>.toml, loaded once by load_config();
credentials come from the environment.
"""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

import httpx

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


@lru_cache(maxsize=None)
def load_config(env: str) -> dict:
    with open(CONFIG_DIR / f"{env}.toml", "rb") as fh:
        return tomllib.load(fh)


def warehouse_client(env: str) -> httpx.Client:
    cfg = load_config(env)["warehouse"]
    return httpx.Client(
        base_url=cfg["base_url"],
        timeout=httpx.Timeout(cfg.get("timeout_seconds", 10.0)),
        headers={"Authorization": f"Bearer {os.environ['WAREHOUSE_TOKEN']}"},
    )


def erp_client(env: str) -> httpx.Client:
    cfg = load_config(env)["erp"]
    return httpx.Client(
        base_url=cfg["base_url"],
        timeout=httpx.Timeout(cfg.get("timeout_seconds", 30.0)),
        auth=httpx.BasicAuth(cfg["username"], os.environ["ERP_PASSWORD"]),
    )
