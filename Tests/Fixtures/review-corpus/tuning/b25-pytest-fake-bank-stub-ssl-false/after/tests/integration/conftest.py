"""Fixtures for the integration suite.

The suite talks to the `fake-bank` stub started by docker-compose.test.yml. The
stub generates a throwaway self-signed certificate on every start, so there is
no CA bundle we could pin; certificate checks are disabled for this client only.
Production code builds its own session in payouts.bank_client and is not
affected by anything in this file.
"""

import os
from urllib.parse import urlsplit

import aiohttp
import pytest
import pytest_asyncio

from payouts.bank_client import BankClient

FAKE_BANK_URL = os.environ.get("FAKE_BANK_URL", "https://127.0.0.1:8443")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "fake-bank"}


def _assert_local(url: str) -> None:
    host = urlsplit(url).hostname
    if host not in LOOPBACK_HOSTS:
        raise RuntimeError(
            f"integration tests must only talk to the local bank stub, not {host!r}"
        )


@pytest_asyncio.fixture
async def stub_session():
    _assert_local(FAKE_BANK_URL)
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(base_url=FAKE_BANK_URL, connector=connector) as session:
        yield session


@pytest_asyncio.fixture
async def bank_client(stub_session):
    client = BankClient(session=stub_session, api_key="test-key-not-a-secret")
    yield client


@pytest_asyncio.fixture(autouse=True)
async def reset_stub(stub_session):
    async with stub_session.post("/__admin/reset") as resp:
        resp.raise_for_status()
    yield


@pytest.fixture
def sample_payout():
    return {
        "amount_cents": 12_500,
        "currency": "EUR",
        "iban": "DE00 0000 0000 0000 0000 00",
        "reference": "integration-test",
    }
