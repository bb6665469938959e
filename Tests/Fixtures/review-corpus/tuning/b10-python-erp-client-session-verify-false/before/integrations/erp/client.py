import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class ErpClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15.0):
        self.base_url = (base_url or os.environ["ERP_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"ApiKey {api_key or os.environ['ERP_API_KEY']}",
            "Accept": "application/json",
        })
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def stock_levels(self, warehouse: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/api/v2/warehouses/{warehouse}/stock", timeout=self.timeout
        )
        resp.raise_for_status()
        return resp.json()["items"]

    def post_goods_receipt(self, receipt: dict) -> str:
        resp = self.session.post(f"{self.base_url}/api/v2/receipts", json=receipt, timeout=self.timeout)
        resp.raise_for_status()
        log.info("goods receipt accepted", extra={"receipt": receipt.get("number")})
        return resp.json()["id"]
