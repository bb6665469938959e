"""Integration checks for the stunnel sidecar started by docker-compose.test.yml.

The sidecar generates a throwaway self-signed certificate when the container
starts, so certificate verification is switched off on purpose here. These
tests only ever talk to localhost.
"""
import pytest
import requests
import urllib3

TLS_BASE = "https://localhost:8443"
PLAIN_BASE = "http://localhost:8080"

pytestmark = pytest.mark.integration

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


@pytest.fixture
def tls_client():
    session = requests.Session()
    session.verify = False  # self-signed cert from the local test sidecar
    yield session
    session.close()


def test_health_over_tls(tls_client):
    resp = tls_client.get(f"{TLS_BASE}/healthz", timeout=5)
    assert resp.status_code == 200
    assert resp.json()["status"] == "ok"


def test_hsts_header_present(tls_client):
    resp = tls_client.get(f"{TLS_BASE}/", timeout=5)
    assert "max-age=" in resp.headers.get("Strict-Transport-Security", "")


def test_plain_http_redirects_to_https():
    resp = requests.get(f"{PLAIN_BASE}/healthz", allow_redirects=False, timeout=5)
    assert resp.status_code in (301, 308)
    assert resp.headers["Location"].startswith("https://localhost")
