import ssl

import aiohttp

from ledger.settings import LEDGER_BASE_URL, LEDGER_CA_BUNDLE, LEDGER_TIMEOUT


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=LEDGER_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class LedgerClient:
    def __init__(self, api_key: str):
        self._api_key = api_key
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self):
        connector = aiohttp.TCPConnector(ssl=_ssl_context(), limit=20)
        self._session = aiohttp.ClientSession(
            base_url=LEDGER_BASE_URL,
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=LEDGER_TIMEOUT),
            headers={"Authorization": f"Bearer {self._api_key}"},
        )
        return self

    async def __aexit__(self, *exc):
        await self._session.close()

    async def post_entries(self, entries: list[dict]) -> dict:
        async with self._session.post("/v2/entries", json={"entries": entries}) as resp:
            resp.raise_for_status()
            return await resp.json()
