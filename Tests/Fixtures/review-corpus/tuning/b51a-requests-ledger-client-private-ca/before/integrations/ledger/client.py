import os
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

LEDGER_URL = os.environ.get("LEDGER_URL", "https://ledger.svc.corp.example:8443")
TIMEOUT = (3.05, 15)


def _session() -> requests.Session:
    session = requests.Session()
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = "billing-worker/4.2"
    return session


class LedgerClient:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or _session()

    def post_entry(self, account: str, amount: Decimal, memo: str) -> str:
        resp = self.session.post(
            f"{LEDGER_URL}/v1/entries",
            json={"account": account, "amount": str(amount), "memo": memo},
            timeout=TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["entry_id"]

    def balance(self, account: str) -> Decimal:
        resp = self.session.get(f"{LEDGER_URL}/v1/accounts/{account}/balance", timeout=TIMEOUT)
        resp.raise_for_status()
        return Decimal(resp.json()["balance"])
