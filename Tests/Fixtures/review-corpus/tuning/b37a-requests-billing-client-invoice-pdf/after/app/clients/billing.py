"""Thin client for the internal billing service.

Used by the customer portal to proxy invoice PDFs: the portal checks the invoice belongs to the
signed-in customer, then streams the PDF from billing without exposing billing to the internet.
"""
from __future__ import annotations

import logging
from typing import Iterator
from urllib.parse import quote

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

_TIMEOUT = (3.05, 20)


class BillingError(RuntimeError):
    pass


class BillingClient:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        # Fixed by deployment config, never derived from the request.
        self.base_url = (base_url or settings.BILLING_API_URL).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token or settings.BILLING_API_TOKEN}",
                "User-Agent": "portal/billing-client",
            }
        )
        retry = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504), allowed_methods={"GET"})
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, *segments: str) -> str:
        # quote(..., safe="") turns "/", "?", "#" and ".." tricks into literal path segment text.
        return self.base_url + "/" + "/".join(quote(str(s), safe="") for s in segments)

    def get_invoice(self, invoice_id: str) -> dict:
        resp = self.session.get(self._url("v1", "invoices", invoice_id), timeout=_TIMEOUT, allow_redirects=False)
        if resp.status_code == 404:
            raise BillingError(f"invoice {invoice_id} not found")
        resp.raise_for_status()
        return resp.json()

    def stream_invoice_pdf(self, invoice_id: str) -> Iterator[bytes]:
        resp = self.session.get(
            self._url("v1", "invoices", invoice_id, "pdf"),
            timeout=_TIMEOUT,
            stream=True,
            allow_redirects=False,
        )
        if resp.status_code != 200 or resp.headers.get("Content-Type") != "application/pdf":
            resp.close()
            log.warning("billing returned %s for invoice %s pdf", resp.status_code, invoice_id)
            raise BillingError(f"could not fetch PDF for invoice {invoice_id}")
        try:
            yield from resp.iter_content(chunk_size=64 * 1024)
        finally:
            resp.close()
