import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Depends, Header, HTTPException, Request, status

from app.config import Settings, get_settings
from app.services.payments import apply_payment_event

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = logging.getLogger(__name__)


def _verify(secret: str, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature.removeprefix("sha256="))


@router.post("/payments", status_code=status.HTTP_204_NO_CONTENT)
async def payments_webhook(
    request: Request,
    x_signature: str = Header(...),
    settings: Settings = Depends(get_settings),
):
    body = await request.body()
    if not _verify(settings.payments_webhook_secret, body, x_signature):
        log.warning("payments webhook: bad signature from %s", request.client.host)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid signature")
    event = json.loads(body)
    await apply_payment_event(event)
