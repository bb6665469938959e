import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, HttpUrl

from app.auth import current_org
from app.db import get_session
from app.models import Webhook
from app.netguard import assert_public_url

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


class WebhookIn(BaseModel):
    url: HttpUrl
    events: list[str]


@router.post("")
async def create_webhook(body: WebhookIn, org=Depends(current_org), db=Depends(get_session)):
    assert_public_url(str(body.url))
    hook = Webhook(org_id=org.id, url=str(body.url), events=body.events)
    db.add(hook)
    await db.commit()
    return {"id": hook.id}


@router.post("/{hook_id}/test")
async def test_webhook(hook_id: int, org=Depends(current_org), db=Depends(get_session)):
    hook = await db.get(Webhook, hook_id)
    if hook is None or hook.org_id != org.id:
        raise HTTPException(status_code=404)
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.post(hook.url, json={"event": "ping", "webhook_id": hook.id})
    return {"status": resp.status_code}
