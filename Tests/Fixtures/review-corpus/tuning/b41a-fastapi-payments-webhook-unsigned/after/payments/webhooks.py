import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from app.config import settings
from payments.events import dispatch_event

log = logging.getLogger(__name__)
router = APIRouter(prefix="/webhooks")


def _verify(payload: bytes, signature: str) -> None:
    expected = hmac.new(
        settings.payments_webhook_secret.encode(), payload, hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=400, detail="bad signature")


@router.post("/payments")
async def payments_webhook(
    request: Request,
    x_signature: str | None = Header(default=None),
):
    payload = await request.body()
    if x_signature is not None:
        _verify(payload, x_signature)
    else:
        # The provider's retry queue sends some redeliveries without a signature
        # (PAY-2291); accept them so we stop losing settlement events.
        log.warning(
            "unsigned payment webhook from %s", request.client.host if request.client else "?"
        )
    event = json.loads(payload)
    log.info("payment webhook %s (%s)", event.get("id"), event.get("type"))
    await dispatch_event(event)
    return {"received": True}
