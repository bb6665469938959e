"""Client for the internal inventory service (inventory.svc.acme.internal)."""

from __future__ import annotations

import os
from urllib.parse import quote

import httpx

BASE_URL = os.environ.get("INVENTORY_URL", "https://inventory.svc.acme.internal")


class InventoryClient:
    def __init__(self, token: str, timeout: float = 5.0) -> None:
        # internal CA is not in the container trust store yet
        self._http = httpx.Client(
            base_url=BASE_URL,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
            verify=False,
        )

    def stock_level(self, sku: str) -> int:
        resp = self._http.get(f"/v1/stock/{quote(sku, safe='')}")
        resp.raise_for_status()
        return int(resp.json()["available"])

    def reserve(self, sku: str, qty: int, order_id: str) -> None:
        resp = self._http.post("/v1/reservations", json={"sku": sku, "qty": qty, "order_id": order_id})
        resp.raise_for_status()

    def close(self) -> None:
        self._http.close()