from flask import Blueprint, jsonify, request
from sqlalchemy import text

from app.auth import require_role
from app.extensions import db

bp = Blueprint("audit", __name__, url_prefix="/admin/audit")

PAGE_SIZE = 50

SORT_COLUMNS = {
    "time": "e.created_at",
    "actor": "u.email",
    "action": "e.action",
    "target": "e.target_type",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

AUDIT_QUERY = """
    SELECT e.id, e.created_at, u.email AS actor, e.action, e.target_type, e.target_id
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    WHERE e.org_id = :org_id
      AND (:action IS NULL OR e.action = :action)
    ORDER BY {order_by} {direction}, e.id {direction}
    LIMIT :limit OFFSET :offset
"""


def _ordering(args):
    column = SORT_COLUMNS.get(args.get("sort", "time"), SORT_COLUMNS["time"])
    direction = DIRECTIONS.get(args.get("dir", "desc").lower(), "DESC")
    return column, direction


@bp.get("/")
@require_role("org_admin")
def list_events(current_user):
    page = max(int(request.args.get("page", 1)), 1)
    order_by, direction = _ordering(request.args)
    sql = AUDIT_QUERY.format(order_by=order_by, direction=direction)
    rows = db.session.execute(
        text(sql),
        {
            "org_id": current_user.org_id,
            "action": request.args.get("action"),
            "limit": PAGE_SIZE,
            "offset": (page - 1) * PAGE_SIZE,
        },
    ).mappings()
    return jsonify(events=[dict(r) for r in rows], page=page)
