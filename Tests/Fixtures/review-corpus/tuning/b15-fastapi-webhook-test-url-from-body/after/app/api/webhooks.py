import hashlib
import hmac
import json
import time

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.deps import current_account
from app.models import Webhook

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


class TestDelivery(BaseModel):
    url: str
    event: str = "ping"


def _sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def _deliver(url: str, secret: str, payload: dict) -> int:
    body = json.dumps(payload).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Signature": _sign(secret, body),
    }
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        resp = await client.post(url, content=body, headers=headers)
    return resp.status_code


@router.post("/{hook_id}/redeliver")
async def redeliver(hook_id: int, account=Depends(current_account)):
    hook = await Webhook.get_or_none(id=hook_id, account_id=account.id)
    if hook is None:
        raise HTTPException(status_code=404)
    status = await _deliver(hook.url, hook.secret, {"event": "ping", "ts": int(time.time())})
    return {"status": status}


@router.post("/test")
async def test_delivery(req: TestDelivery, account=Depends(current_account)):
    status = await _deliver(req.url, account.webhook_secret, {"event": req.event, "ts": int(time.time())})
    return {"status": status}