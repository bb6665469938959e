import os

import httpx


class LedgerClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = base_url or os.environ.get("LEDGER_URL", "https://ledger.northwind.internal")
        self._client = httpx.Client(base_url=self.base_url, timeout=10.0)

    def balance(self, account_id: str) -> int:
        resp = self._client.get(f"/v1/accounts/{account_id}/balance")
        resp.raise_for_status()
        return int(resp.json()["balance_cents"])

    def close(self) -> None:
        self._client.close()
