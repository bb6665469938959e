import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CARRIER_API = os.environ.get("CARRIER_API", "https://api.carrier-partner.net/v2")
CARRIER_CA_BUNDLE = os.environ.get("CARRIER_CA_BUNDLE", "/etc/ssl/certs/carrier-partner-root.pem")


def make_session(api_key: str) -> requests.Session:
    session = requests.Session()
    session.headers.update({"Authorization": f"ApiKey {api_key}", "Accept": "application/json"})
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def track(session: requests.Session, tracking_number: str) -> dict:
    resp = session.get(f"{CARRIER_API}/tracking/{tracking_number}", timeout=10)
    resp.raise_for_status()
    return resp.json()