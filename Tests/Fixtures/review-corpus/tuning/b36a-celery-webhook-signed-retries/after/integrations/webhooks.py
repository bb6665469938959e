import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import time
from urllib.parse import urlsplit

import requests
from celery import shared_task

from .models import WebhookDelivery, WebhookEndpoint

log = logging.getLogger(__name__)

USER_AGENT = "AcmeHooks/2.0 (+https://docs.acme.example/webhooks)"
MAX_ATTEMPTS = 6


def _backoff(attempt: int) -> int:
    return min(3600, 30 * 2 ** attempt)


def _sign(secret: str, timestamp: str, body: str) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256)
    return f"v1={mac.hexdigest()}"


class UnsafeDestination(Exception):
    pass


def _assert_public_destination(url: str) -> None:
    """Refuse to deliver to loopback, link-local, private or otherwise non-global addresses."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise UnsafeDestination("webhook URLs must be absolute https URLs")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise UnsafeDestination(f"cannot resolve {parts.hostname}") from exc
    for *_, sockaddr in infos:
        addr = ipaddress.ip_address(sockaddr[0])
        if not addr.is_global:
            raise UnsafeDestination(f"{parts.hostname} resolves to non-public address {addr}")


@shared_task(bind=True, acks_late=True, max_retries=MAX_ATTEMPTS)
def deliver(self, delivery_id: int) -> None:
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    endpoint: WebhookEndpoint = delivery.endpoint
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True)

    try:
        _assert_public_destination(endpoint.url)
    except UnsafeDestination as exc:
        delivery.mark_failed(str(exc))
        endpoint.disable(reason=str(exc))
        return

    timestamp = str(int(time.time()))
    try:
        resp = requests.post(
            endpoint.url,
            data=body,
            headers={
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
                "X-Acme-Timestamp": timestamp,
                "X-Acme-Signature": _sign(endpoint.signing_secret, timestamp, body),
                "X-Acme-Delivery": str(delivery.pk),
            },
            timeout=(3.05, 10),
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        delivery.mark_failed(repr(exc))
        raise self.retry(exc=exc, countdown=_backoff(self.request.retries))

    delivery.record_response(resp.status_code, resp.text[:1000])
    if resp.status_code == 429 or resp.status_code >= 500:
        raise self.retry(countdown=_backoff(self.request.retries))
