"""Client for the internal inventory service (inventory.svc.acme.internal)."""

from __future__ import annotations

import os
import ssl
from urllib.parse import quote

import httpx

BASE_URL = os.environ.get("INVENTORY_URL", "https://inventory.svc.acme.internal")
CA_BUNDLE = os.environ.get("ACME_INTERNAL_CA", "/etc/ssl/acme/internal-ca.pem")


def _tls_context() -> ssl.SSLContext:
    # Trust the public roots plus the internal CA that signs *.svc.acme.internal.
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class InventoryClient:
    def __init__(self, token: str, timeout: float = 5.0) -> None:
        self._http = httpx.Client(
            base_url=BASE_URL,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
            verify=_tls_context(),
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