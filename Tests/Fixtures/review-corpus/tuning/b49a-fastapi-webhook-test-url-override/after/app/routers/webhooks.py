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


class TestPing(BaseModel):
    # Lets the settings page try a URL before the user saves it.
    url: str | None = None


@router.post("")
async def create_webhook(body: WebhookIn, org=Depends(current_org), db=Depends(get_session)):
    assert_public_url(str(body.url))
    hook = Webhook(org_id=org.id, url=str(body.url), events=body.events)
    db.add(hook)
    await db.commit()
    return {"id": hook.id}


@router.post("/{hook_id}/test")
async def test_webhook(
    hook_id: int,
    body: TestPing | None = None,
    org=Depends(current_org),
    db=Depends(get_session),
):
    hook = await db.get(Webhook, hook_id)
    if hook is None or hook.org_id != org.id:
        raise HTTPException(status_code=404)
    target = body.url if body and body.url else hook.url
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.post(target, json={"event": "ping", "webhook_id": hook.id})
    # Show the receiver's reply in the UI so users can debug their endpoint.
    return {"status": resp.status_code, "body": resp.text[:4000]}
