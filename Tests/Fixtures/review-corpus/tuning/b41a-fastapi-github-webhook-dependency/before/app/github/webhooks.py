import hashlib
import hmac
import logging

from fastapi import APIRouter, Header, HTTPException, Request, status

from app.config import settings
from app.github.handlers import handle_installation, handle_push

log = logging.getLogger(__name__)
router = APIRouter(prefix="/github")

HANDLERS = {"push": handle_push, "installation": handle_installation}


@router.post("/webhook", status_code=status.HTTP_202_ACCEPTED)
async def github_webhook(
    request: Request,
    x_github_event: str = Header(...),
    x_hub_signature_256: str = Header(...),
):
    body = await request.body()
    digest = hmac.new(settings.github_webhook_secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(f"sha256={digest}", x_hub_signature_256):
        log.warning("bad webhook signature from %s", request.client.host)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "signature mismatch")

    handler = HANDLERS.get(x_github_event)
    if handler is None:
        return {"ignored": x_github_event}
    await handler(await request.json())
    return {"ok": True}
