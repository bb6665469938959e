import ipaddress
import json
import logging
import socket
from urllib.parse import urlsplit

import requests
from celery import shared_task

from .models import WebhookDelivery, WebhookEndpoint

log = logging.getLogger(__name__)

USER_AGENT = "AcmeHooks/2.0 (+https://docs.acme.example/webhooks)"


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


@shared_task(acks_late=True)
def deliver(delivery_id: int) -> None:
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    endpoint: WebhookEndpoint = delivery.endpoint
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True)

    try:
        _assert_public_destination(endpoint.url)
    except UnsafeDestination as exc:
        delivery.mark_failed(str(exc))
        endpoint.disable(reason=str(exc))
        return

    try:
        resp = requests.post(
            endpoint.url,
            data=body,
            headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
            timeout=10,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        delivery.mark_failed(repr(exc))
        return

    delivery.record_response(resp.status_code, resp.text[:1000])
