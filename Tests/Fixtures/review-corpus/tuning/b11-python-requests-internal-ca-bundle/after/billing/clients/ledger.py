import logging
from decimal import Decimal

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class LedgerError(Exception):
    pass


class LedgerClient:
    def __init__(self, base_url: str | None = None, timeout: float = 10.0):
        self.base_url = (base_url or settings.LEDGER_URL).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "billing/ledger-client"
        # The ledger sits behind the internal PKI; trust only our CA and
        # present the service certificate issued to billing.
        self.session.verify = settings.INTERNAL_CA_BUNDLE
        self.session.cert = (settings.LEDGER_CLIENT_CERT, settings.LEDGER_CLIENT_KEY)

    def post_entry(self, account_id: int, amount: Decimal, memo: str) -> dict:
        resp = self.session.post(
            f"{self.base_url}/v1/accounts/{account_id}/entries",
            json={"amount": str(amount), "memo": memo},
            timeout=self.timeout,
        )
        if resp.status_code >= 400:
            log.error("ledger rejected entry: %s %s", resp.status_code, resp.text[:200])
            raise LedgerError(resp.status_code)
        return resp.json()

    def balance(self, account_id: int) -> Decimal:
        resp = self.session.get(
            f"{self.base_url}/v1/accounts/{account_id}/balance", timeout=self.timeout
        )
        resp.raise_for_status()
        return Decimal(resp.json()["balance"])