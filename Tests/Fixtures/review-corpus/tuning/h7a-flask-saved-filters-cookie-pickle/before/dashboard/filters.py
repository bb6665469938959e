"""Persist the user's last-used dashboard filters in a cookie so they survive logout."""
import base64
import binascii
import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from flask import Request, Response

COOKIE_NAME = "dash_filters"
COOKIE_MAX_AGE = 60 * 60 * 24 * 90


@dataclass
class DashboardFilters:
    start: date = field(default_factory=lambda: date.today() - timedelta(days=7))
    end: date = field(default_factory=date.today)
    teams: list[str] = field(default_factory=list)
    status: str = "open"
    group_by: str = "day"


def _encode(filters: DashboardFilters) -> str:
    data = asdict(filters)
    data["start"] = filters.start.isoformat()
    data["end"] = filters.end.isoformat()
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode()


def _decode(raw: str) -> DashboardFilters:
    data = json.loads(base64.urlsafe_b64decode(raw.encode()))
    return DashboardFilters(
        start=date.fromisoformat(data["start"]),
        end=date.fromisoformat(data["end"]),
        teams=[str(t) for t in data.get("teams", [])],
        status=str(data.get("status", "open")),
        group_by=str(data.get("group_by", "day")),
    )


def load_filters(request: Request) -> DashboardFilters:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return DashboardFilters()
    try:
        return _decode(raw)
    except (ValueError, KeyError, TypeError, binascii.Error):
        return DashboardFilters()


def save_filters(response: Response, filters: DashboardFilters) -> Response:
    response.set_cookie(
        COOKIE_NAME,
        _encode(filters),
        max_age=COOKIE_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response
