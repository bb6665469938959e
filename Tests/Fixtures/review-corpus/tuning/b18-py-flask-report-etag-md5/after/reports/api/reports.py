"""Read-only reporting endpoints for the dashboard."""
import hashlib
import json
from datetime import date, timedelta

from flask import Blueprint, Response, abort, current_app, request

from .db import get_session
from .models import DailyRollup, Workspace

bp = Blueprint("reports", __name__, url_prefix="/api/reports")

MAX_RANGE_DAYS = 92


def _parse_range():
    try:
        start = date.fromisoformat(request.args.get("from", ""))
        end = date.fromisoformat(request.args.get("to", ""))
    except ValueError:
        abort(400, "from/to must be ISO dates")
    if end < start or (end - start) > timedelta(days=MAX_RANGE_DAYS):
        abort(400, "range too large")
    return start, end


def _etag_for(body: bytes) -> str:
    # Weak validator for caching only: the digest is never used for anything
    # secret, it just lets browsers and the CDN skip re-downloading a report
    # that has not changed since the last poll.
    return 'W/"' + hashlib.md5(body).hexdigest() + '"'


def _json_response(payload) -> Response:
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    etag = _etag_for(body)
    if etag in request.headers.get("If-None-Match", ""):
        resp = Response(status=304)
    else:
        resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "private, max-age=0, must-revalidate"
    return resp


@bp.get("/<int:workspace_id>/daily")
def daily(workspace_id: int):
    start, end = _parse_range()
    session = get_session()
    ws = session.get(Workspace, workspace_id)
    if ws is None:
        abort(404)
    rows = (
        session.query(DailyRollup)
        .filter(DailyRollup.workspace_id == ws.id)
        .filter(DailyRollup.day.between(start, end))
        .order_by(DailyRollup.day)
        .all()
    )
    current_app.logger.debug("daily report ws=%s rows=%d", ws.id, len(rows))
    return _json_response(
        {
            "workspace": ws.slug,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "days": [
                {"day": r.day.isoformat(), "events": r.events, "users": r.unique_users}
                for r in rows
            ],
        }
    )


@bp.get("/<int:workspace_id>/summary")
def summary(workspace_id: int):
    start, end = _parse_range()
    session = get_session()
    rows = (
        session.query(DailyRollup)
        .filter(DailyRollup.workspace_id == workspace_id)
        .filter(DailyRollup.day.between(start, end))
        .all()
    )
    return _json_response(
        {
            "events": sum(r.events for r in rows),
            "peak_users": max((r.unique_users for r in rows), default=0),
        }
    )