"""HTTP client for the internal ledger service.

Settings come from config/ledger.toml, for example:

    [ledger]
    base_url = "https://ledger.svc.internal"
    timeout_seconds = 5
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import httpx

CONFIG_PATH = Path(__file__).resolve().parent.parent / "config" / "ledger.toml"


def load_settings(path: Path = CONFIG_PATH) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)["ledger"]


def make_client(settings: dict | None = None) -> httpx.Client:
    settings = settings or load_settings()
    return httpx.Client(
        base_url=settings["base_url"],
        timeout=settings.get("timeout_seconds", 5),
        headers={"User-Agent": "billing-worker/1.0"},
    )


def post_entries(entries: list[dict]) -> None:
    with make_client() as client:
        resp = client.post("/v1/entries", json={"entries": entries})
        resp.raise_for_status()
