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
    return {"queued": True, "payload": payload}