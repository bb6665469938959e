import logging
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

LEDGER_BASE_URL = "https://ledger.internal.northwind-pay.net/api/v2"


class LedgerError(RuntimeError):
    pass


def _session() -> requests.Session:
    s = requests.Session()
    retry = Retry(total=3, backoff_factor=0.4, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.headers["User-Agent"] = "billing-sync/1.8"
    return s


_http = _session()


def get_account_balance(account_id: int) -> dict[str, Any]:
    resp = _http.get(f"{LEDGER_BASE_URL}/accounts/{int(account_id)}/balance", timeout=10)
    if resp.status_code == 404:
        raise LedgerError(f"unknown account {account_id}")
    resp.raise_for_status()
    return resp.json()


def post_adjustment(account_id: int, amount_minor: int, reason: str) -> str:
    payload = {"amount_minor": int(amount_minor), "reason": reason[:200]}
    resp = _http.post(
        f"{LEDGER_BASE_URL}/accounts/{int(account_id)}/adjustments",
        json=payload,
        timeout=15,
    )
    if resp.status_code >= 400:
        log.warning("ledger rejected adjustment account=%s status=%s", account_id, resp.status_code)
        raise LedgerError(resp.text[:500])
    return resp.json()["adjustment_id"]