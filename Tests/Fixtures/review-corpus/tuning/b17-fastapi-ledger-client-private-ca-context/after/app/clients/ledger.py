"""Client for the internal ledger service.

The ledger sits behind our private CA, so instead of the public trust store we
build an SSL context from the CA bundle mounted into the pod, and present our
client certificate for mTLS. Hostname checking and certificate verification
stay on (ssl.create_default_context defaults).
"""
from __future__ import annotations

import ssl
from decimal import Decimal
from functools import lru_cache
from uuid import UUID

import httpx
from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict


class LedgerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_")

    base_url: str = "https://ledger.payments.svc.cluster.local:8443"
    ca_bundle: str = "/etc/ledger-tls/ca.crt"
    client_cert: str = "/etc/ledger-tls/tls.crt"
    client_key: str = "/etc/ledger-tls/tls.key"
    timeout_seconds: float = 5.0


class Posting(BaseModel):
    account_id: UUID
    amount: Decimal
    currency: str
    reference: str


class PostingResult(BaseModel):
    entry_id: UUID
    balance_after: Decimal


@lru_cache
def _ssl_context(ca_bundle: str, client_cert: str, client_key: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=client_cert, keyfile=client_key)
    return ctx


class LedgerClient:
    def __init__(self, settings: LedgerSettings | None = None) -> None:
        self._settings = settings or LedgerSettings()
        s = self._settings
        self._client = httpx.AsyncClient(
            base_url=s.base_url,
            verify=_ssl_context(s.ca_bundle, s.client_cert, s.client_key),
            timeout=s.timeout_seconds,
            headers={"User-Agent": "checkout-api/ledger-client"},
        )

    async def post_entry(self, posting: Posting, idempotency_key: str) -> PostingResult:
        resp = await self._client.post(
            "/v1/entries",
            json=posting.model_dump(mode="json"),
            headers={"Idempotency-Key": idempotency_key},
        )
        resp.raise_for_status()
        return PostingResult.model_validate(resp.json())

    async def balance(self, account_id: UUID) -> Decimal:
        resp = await self._client.get(f"/v1/accounts/{account_id}/balance")
        resp.raise_for_status()
        return Decimal(resp.json()["balance"])

    async def aclose(self) -> None:
        await self._client.aclose()


async def get_ledger_client() -> LedgerClient:
    """FastAPI dependency; the app lifespan closes the shared instance."""
    from app.main import app

    return app.state.ledger