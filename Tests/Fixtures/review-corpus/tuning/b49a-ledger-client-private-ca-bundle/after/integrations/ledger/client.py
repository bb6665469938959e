import logging
import os
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

DEFAULT_CA_BUNDLE = "/etc/ssl/certs/acme-internal-ca.pem"


class LedgerClient:
    """Thin client for the internal ledger service (double-entry postings)."""

    def __init__(
        self,
        base_url: str,
        api_token: str,
        timeout: float = 10.0,
        ca_bundle: str | None = None,
        client_cert: tuple[str, str] | None = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        # The ledger moved behind the internal PKI (mTLS). Its server cert is signed by
        # our private CA rather than a public one, so verify against that bundle instead of certifi.
        ca = ca_bundle or os.environ.get("LEDGER_CA_BUNDLE", DEFAULT_CA_BUNDLE)
        if not os.path.isfile(ca):
            raise FileNotFoundError(f"ledger CA bundle not found: {ca}")
        self.session.verify = ca
        if client_cert is not None:
            self.session.cert = client_cert
        retry = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def balance(self, account_id: str) -> Decimal:
        resp = self.session.get(f"{self.base_url}/v1/accounts/{account_id}/balance", timeout=self.timeout)
        resp.raise_for_status()
        return Decimal(resp.json()["balance"])

    def post_entry(self, debit: str, credit: str, amount: Decimal, memo: str) -> str:
        payload = {"debit": debit, "credit": credit, "amount": str(amount), "memo": memo}
        resp = self.session.post(f"{self.base_url}/v1/entries", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        entry_id = resp.json()["id"]
        log.info("ledger entry %s posted (%s -> %s, %s)", entry_id, debit, credit, amount)
        return entry_id
