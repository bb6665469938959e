"""Application-wide login requirement.

Everything is behind login except the endpoints listed in PUBLIC_ENDPOINTS. Views
that need more than "logged in" use roles_required below.
"""
from functools import wraps

from flask import Blueprint, abort, current_app, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.extensions import db

PUBLIC_ENDPOINTS = frozenset(
    {
        "auth.login",
        "auth.oidc_callback",
        "auth.logout",
        "static",
        # load balancer / kubelet probes; both views are defined below and return no data
        "ops.healthz",
        "ops.readyz",
    }
)

ops = Blueprint("ops", __name__)


@ops.get("/healthz")
def healthz():
    return {"status": "ok"}


@ops.get("/readyz")
def readyz():
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        current_app.logger.exception("readiness check failed")
        return {"status": "unavailable"}, 503
    return {"status": "ok"}


def init_app(app):
    app.register_blueprint(ops)
    app.before_request(_require_login)


def _require_login():
    if request.endpoint is None:  # unmatched URL: let the router return 404
        return None
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if current_user.is_authenticated:
        return None
    if request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json":
        abort(401)
    return redirect(url_for("auth.login", next=request.full_path))


def roles_required(*roles):
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                abort(401)
            if not set(roles) & set(current_user.role_names):
                current_app.logger.info("denied %s to user %s", request.endpoint, current_user.id)
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
