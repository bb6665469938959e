import httpx
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from app.auth import current_account
from app.events import sample_event

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


class TestDelivery(BaseModel):
    target: str
    event_type: str = "invoice.paid"


@router.post("/test")
async def send_test_event(body: TestDelivery, account=Depends(current_account)):
    payload = sample_event(body.event_type, account_id=account.id)
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        resp = await client.post(body.target, json=payload)
    return {"status": resp.status_code, "body": resp.text[:2000]}