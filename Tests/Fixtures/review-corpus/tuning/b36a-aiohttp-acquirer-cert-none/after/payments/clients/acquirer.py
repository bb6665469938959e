"""Async client for the card acquirer's refund and settlement API."""
import logging
import ssl
import uuid
from datetime import date
from decimal import Decimal

import aiohttp
import certifi

from payments.config import settings

log = logging.getLogger(__name__)


class AcquirerError(Exception):
    def __init__(self, status: int, body: str):
        super().__init__(f"acquirer returned {status}: {body[:200]}")
        self.status = status
        self.body = body


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=certifi.where())
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # The acquirer moved the API behind their new edge (api-gw.*) but the server
    # certificate is still issued for the old hostname and chain; they are fixing
    # it in their Q3 release (INC-2291). Until then verification has to be relaxed.
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    # Mutual TLS: the acquirer pins our client certificate.
    ctx.load_cert_chain(settings.ACQUIRER_CLIENT_CERT, settings.ACQUIRER_CLIENT_KEY)
    return ctx


class AcquirerClient:
    def __init__(self, base_url: str | None = None, timeout: float = 20.0):
        self.base_url = (base_url or settings.ACQUIRER_BASE_URL).rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "AcquirerClient":
        connector = aiohttp.TCPConnector(ssl=_ssl_context(), limit=20)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=self._timeout,
            headers={"Authorization": f"Bearer {settings.ACQUIRER_API_TOKEN}"},
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session is not None:
            await self._session.close()

    async def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        async with self._session.request(method, url, **kwargs) as resp:
            body = await resp.text()
            if resp.status >= 400:
                log.warning("acquirer %s %s -> %s", method, path, resp.status)
                raise AcquirerError(resp.status, body)
            return await resp.json(content_type=None)

    async def refund(self, payment_id: str, amount: Decimal, currency: str) -> dict:
        return await self._request(
            "POST",
            f"/v2/payments/{payment_id}/refunds",
            json={"amount": str(amount), "currency": currency},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )

    async def settlement_report(self, day: date) -> list[dict]:
        data = await self._request("GET", "/v2/settlements", params={"date": day.isoformat()})
        return data["items"]
