import logging
from typing import Optional, Tuple

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)


class LedgerClient:
    def __init__(
        self,
        base_url: str,
        api_token: str,
        timeout: float = 10.0,
        ca_bundle: Optional[str] = None,
        client_cert: Optional[Tuple[str, str]] = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        # The ledger sits behind the internal PKI; trust its CA instead of the system store.
        self.session.verify = ca_bundle or certifi.where()
        if client_cert:
            self.session.cert = client_cert
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def post_entry(self, entry: dict) -> dict:
        resp = self.session.post(f"{self.base_url}/v1/entries", json=entry, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
