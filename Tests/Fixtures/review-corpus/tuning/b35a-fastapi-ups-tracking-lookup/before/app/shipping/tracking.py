import logging
import re

import requests
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.auth import current_customer
from app.config import settings
from app.orders.repository import OrderRepository, get_order_repo

log = logging.getLogger(__name__)
router = APIRouter(prefix="/orders", tags=["shipping"])

CARRIER_API = {
    "dhl": "https://api-eu.dhl.com/track/shipments",
    "ups": "https://onlinetools.ups.com/api/track/v1/details",
}


class TrackingEvent(BaseModel):
    timestamp: str
    status: str
    location: str | None = None


class TrackingInfo(BaseModel):
    carrier: str
    tracking_number: str
    events: list[TrackingEvent]


def _fetch_dhl(tracking_number: str) -> list[TrackingEvent]:
    resp = requests.get(
        CARRIER_API["dhl"],
        params={"trackingNumber": tracking_number},
        headers={"DHL-API-Key": settings.dhl_api_key},
        timeout=10,
    )
    resp.raise_for_status()
    shipments = resp.json().get("shipments", [])
    if not shipments:
        return []
    return [
        TrackingEvent(
            timestamp=e["timestamp"],
            status=e.get("description", e.get("statusCode", "")),
            location=(e.get("location") or {}).get("address", {}).get("addressLocality"),
        )
        for e in shipments[0].get("events", [])
    ]


@router.get("/{order_id}/tracking", response_model=TrackingInfo)
def order_tracking(
    order_id: int,
    customer=Depends(current_customer),
    orders: OrderRepository = Depends(get_order_repo),
):
    order = orders.get_for_customer(order_id, customer.id)
    if order is None or not order.tracking_number:
        raise HTTPException(status_code=404, detail="no tracking for this order")
    if order.carrier != "dhl":
        raise HTTPException(status_code=501, detail=f"tracking for {order.carrier} is not supported yet")
    try:
        events = _fetch_dhl(order.tracking_number)
    except requests.RequestException:
        log.exception("dhl tracking lookup failed for order %s", order_id)
        raise HTTPException(status_code=502, detail="carrier unavailable")
    return TrackingInfo(carrier=order.carrier, tracking_number=order.tracking_number, events=events)
