import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.auth import current_user
from app.db import get_session
from app.models import User, Webhook

router = APIRouter(prefix="/integrations", tags=["integrations"])


class PreviewRequest(BaseModel):
    url: str
    method: str = "GET"


@router.post("/webhooks/{webhook_id}/test")
async def test_webhook(
    webhook_id: int,
    user: User = Depends(current_user),
    db: Session = Depends(get_session),
):
    hook = db.get(Webhook, webhook_id)
    if hook is None or hook.org_id != user.org_id:
        raise HTTPException(status_code=404)

    # hook.url was checked against the egress policy when the webhook was registered
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.post(hook.url, json={"type": "ping", "org": user.org_id})
    return {"status": resp.status_code}


@router.post("/webhooks/preview")
async def preview_webhook(body: PreviewRequest, user: User = Depends(current_user)):
    """Let users try an endpoint in the setup wizard before saving it."""
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=True) as client:
        resp = await client.request(body.method, body.url)
    return {
        "status": resp.status_code,
        "headers": dict(resp.headers),
        "body": resp.text[:4000],
    }
