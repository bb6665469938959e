from flask import Blueprint, jsonify, request
from sqlalchemy import text

from app.auth import require_role
from app.extensions import db

bp = Blueprint("audit", __name__, url_prefix="/admin/audit")

PAGE_SIZE = 50

AUDIT_QUERY = """
    SELECT e.id, e.created_at, u.email AS actor, e.action, e.target_type, e.target_id
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    WHERE e.org_id = :org_id
      AND (:action IS NULL OR e.action = :action)
    ORDER BY e.created_at DESC
    LIMIT :limit OFFSET :offset
"""


@bp.get("/")
@require_role("org_admin")
def list_events(current_user):
    page = max(int(request.args.get("page", 1)), 1)
    rows = db.session.execute(
        text(AUDIT_QUERY),
        {
            "org_id": current_user.org_id,
            "action": request.args.get("action"),
            "limit": PAGE_SIZE,
            "offset": (page - 1) * PAGE_SIZE,
        },
    ).mappings()
    return jsonify(events=[dict(r) for r in rows], page=page)
