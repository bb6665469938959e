"""Persist the user's last-used dashboard filters in a cookie so they survive logout."""
import base64
import binascii
import pickle
from dataclasses import dataclass, field
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
    compare_to: date | None = None


def _encode(filters: DashboardFilters) -> str:
    # pickle keeps date/None fields intact without hand-written (de)serialisers
    return base64.urlsafe_b64encode(pickle.dumps(filters, protocol=pickle.HIGHEST_PROTOCOL)).decode()


def _decode(raw: str) -> DashboardFilters:
    filters = pickle.loads(base64.urlsafe_b64decode(raw.encode()))
    if not isinstance(filters, DashboardFilters):
        raise TypeError("unexpected filter payload")
    return filters


def load_filters(request: Request) -> DashboardFilters:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return DashboardFilters()
    try:
        return _decode(raw)
    except (ValueError, KeyError, TypeError, binascii.Error, pickle.UnpicklingError):
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
