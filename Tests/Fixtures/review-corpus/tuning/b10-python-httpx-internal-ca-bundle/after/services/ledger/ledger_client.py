import os
import ssl

import httpx

DEFAULT_CA_BUNDLE = "/etc/ssl/certs/northwind-internal-ca.pem"


def _ssl_context() -> ssl.SSLContext:
    ca_file = os.environ.get("LEDGER_CA_BUNDLE", DEFAULT_CA_BUNDLE)
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class LedgerClient:
    def __init__(self, base_url: str | None = None, verify: ssl.SSLContext | str | None = None):
        self.base_url = base_url or os.environ.get("LEDGER_URL", "https://ledger.northwind.internal")
        verify = verify if verify is not None else _ssl_context()
        cert = (os.environ["LEDGER_CLIENT_CERT"], os.environ["LEDGER_CLIENT_KEY"]) \
            if "LEDGER_CLIENT_CERT" in os.environ else None
        self._client = httpx.Client(base_url=self.base_url, timeout=10.0, verify=verify, cert=cert)

    def balance(self, account_id: str) -> int:
        resp = self._client.get(f"/v1/accounts/{account_id}/balance")
        resp.raise_for_status()
        return int(resp.json()["balance_cents"])

    def close(self) -> None:
        self._client.close()
