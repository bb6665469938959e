import os

import httpx
from fastapi import APIRouter, HTTPException, Path
from pydantic import BaseModel

router = APIRouter(prefix="/shipments", tags=["shipping"])

CARRIER_API = "https://api.parcelcarrier.example.com/v2"

_client = httpx.AsyncClient(
    base_url=CARRIER_API,
    timeout=httpx.Timeout(5.0),
    headers={"Authorization": f"Bearer {os.environ['CARRIER_API_TOKEN']}"},
)


class TrackingEvent(BaseModel):
    status: str
    location: str | None = None
    occurred_at: str


class TrackingResponse(BaseModel):
    tracking_number: str
    events: list[TrackingEvent]


@router.get("/tracking/{tracking_number}", response_model=TrackingResponse)
async def track(
    tracking_number: str = Path(pattern=r"^[A-Z0-9]{10,22}$"),
) -> TrackingResponse:
    resp = await _client.get(f"/tracking/{tracking_number}")
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="unknown tracking number")
    if resp.is_error:
        raise HTTPException(status_code=502, detail="carrier unavailable")
    data = resp.json()
    return TrackingResponse(
        tracking_number=tracking_number,
        events=[TrackingEvent(**e) for e in data.get("events", [])],
    )