import logging
import uuid
from decimal import Decimal

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)


class LedgerError(Exception):
    pass


class LedgerClient:
    """Thin client for the finance team's ledger service.

    Since the move to the internal mesh the ledger presents a certificate issued by the
    company CA and requires a client certificate (mTLS).
    """

    def __init__(self, base_url: str | None = None, timeout: float = 10.0):
        self.base_url = (base_url or settings.LEDGER_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.LEDGER_API_TOKEN}",
                "User-Agent": "payments-service/ledger-client",
            }
        )
        # CA bundle path, e.g. /etc/ssl/acme/internal-ca.pem; default store if unset
        self.session.verify = settings.LEDGER_CA_BUNDLE or True
        if settings.LEDGER_CLIENT_CERT:
            self.session.cert = (settings.LEDGER_CLIENT_CERT, settings.LEDGER_CLIENT_KEY)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods={"GET"})
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        try:
            resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.exceptions.SSLError as exc:
            logger.error("ledger TLS handshake failed (check LEDGER_CA_BUNDLE / client cert): %s", exc)
            raise LedgerError("ledger TLS error") from exc
        except requests.RequestException as exc:
            raise LedgerError(f"ledger unreachable: {exc}") from exc
        if resp.status_code >= 400:
            logger.warning("ledger %s %s -> %s", method, path, resp.status_code)
            raise LedgerError(f"ledger returned {resp.status_code}")
        return resp.json()

    def post_entry(self, account: str, amount: Decimal, currency: str, reference: str) -> str:
        body = {
            "account": account,
            "amount": str(amount),
            "currency": currency,
            "reference": reference,
        }
        data = self._request("POST", "/v2/entries", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
        return data["entry_id"]

    def balance(self, account: str) -> Decimal:
        data = self._request("GET", f"/v2/accounts/{account}/balance")
        return Decimal(data["balance"])
