import logging
import re
from urllib.parse import quote

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
UPS_TRACKING_RE = re.compile(r"^1Z[0-9A-Z]{16}$")


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


def _fetch_ups(tracking_number: str) -> list[TrackingEvent]:
    if not UPS_TRACKING_RE.fullmatch(tracking_number):
        raise ValueError(f"not a UPS tracking number: {tracking_number!r}")
    resp = requests.get(
        f"{CARRIER_API['ups']}/{quote(tracking_number, safe='')}",
        headers={
            "Authorization": f"Bearer {settings.ups_access_token}",
            "transId": f"trk-{tracking_number[-6:]}",
            "transactionSrc": "shopfront",
        },
        timeout=10,
    )
    resp.raise_for_status()
    packages = resp.json()["trackResponse"]["shipment"][0].get("package", [])
    return [
        TrackingEvent(
            timestamp=f"{a['date']}T{a['time']}",
            status=a["status"]["description"],
            location=(a.get("location") or {}).get("address", {}).get("city"),
        )
        for p in packages
        for a in p.get("activity", [])
    ]


_FETCHERS = {"dhl": _fetch_dhl, "ups": _fetch_ups}


@router.get("/{order_id}/tracking", response_model=TrackingInfo)
def order_tracking(
    order_id: int,
    customer=Depends(current_customer),
    orders: OrderRepository = Depends(get_order_repo),
):
    order = orders.get_for_customer(order_id, customer.id)
    if order is None or not order.tracking_number:
        raise HTTPException(status_code=404, detail="no tracking for this order")
    fetch = _FETCHERS.get(order.carrier)
    if fetch is None:
        raise HTTPException(status_code=501, detail=f"tracking for {order.carrier} is not supported yet")
    try:
        events = fetch(order.tracking_number)
    except (requests.RequestException, ValueError, KeyError):
        log.exception("%s tracking lookup failed for order %s", order.carrier, order_id)
        raise HTTPException(status_code=502, detail="carrier unavailable")
    return TrackingInfo(carrier=order.carrier, tracking_number=order.tracking_number, events=events)
