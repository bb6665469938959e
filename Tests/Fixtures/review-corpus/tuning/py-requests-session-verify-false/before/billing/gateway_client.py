import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class GatewayClient:
    def __init__(self, base_url, api_key, timeout=10):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=[502, 503, 504])
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def charge(self, customer_id, amount_cents, currency="EUR"):
        resp = self.session.post(
            f"{self.base_url}/v2/charges",
            json={"customer": customer_id, "amount": amount_cents, "currency": currency},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, charge_id):
        resp = self.session.post(
            f"{self.base_url}/v2/charges/{charge_id}/refund", timeout=self.timeout
        )
        resp.raise_for_status()
        return resp.json()
