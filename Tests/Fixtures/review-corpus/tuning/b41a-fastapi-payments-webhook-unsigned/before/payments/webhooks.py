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
    x_signature: str = Header(...),
):
    payload = await request.body()
    _verify(payload, x_signature)
    event = json.loads(payload)
    log.info("payment webhook %s (%s)", event.get("id"), event.get("type"))
    await dispatch_event(event)
    return {"received": True}
