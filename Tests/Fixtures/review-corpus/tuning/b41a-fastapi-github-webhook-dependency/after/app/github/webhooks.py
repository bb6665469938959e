import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Depends, Header, HTTPException, Request, status

from app.config import settings
from app.github.handlers import handle_installation, handle_marketplace, handle_push

log = logging.getLogger(__name__)
router = APIRouter(prefix="/github")

HANDLERS = {"push": handle_push, "installation": handle_installation}


async def signed_payload(
    request: Request,
    x_hub_signature_256: str | None = Header(default=None),
) -> dict:
    body = await request.body()
    peer = request.client.host if request.client else "unknown"
    if not x_hub_signature_256:
        log.warning("unsigned webhook from %s", peer)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing signature")
    digest = hmac.new(settings.github_webhook_secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(f"sha256={digest}", x_hub_signature_256):
        log.warning("bad webhook signature from %s", peer)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "signature mismatch")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "body is not JSON") from exc


@router.post("/webhook", status_code=status.HTTP_202_ACCEPTED)
async def github_webhook(
    x_github_event: str = Header(...),
    payload: dict = Depends(signed_payload),
):
    handler = HANDLERS.get(x_github_event)
    if handler is None:
        return {"ignored": x_github_event}
    await handler(payload)
    return {"ok": True}


@router.post("/marketplace", status_code=status.HTTP_202_ACCEPTED)
async def marketplace_webhook(
    x_github_event: str = Header(...),
    payload: dict = Depends(signed_payload),
):
    if x_github_event != "marketplace_purchase":
        return {"ignored": x_github_event}
    await handle_marketplace(payload)
    return {"ok": True}
