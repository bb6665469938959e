"""Application-wide login requirement.

Everything is behind login except the endpoints listed in PUBLIC_ENDPOINTS. Views
that need more than "logged in" use roles_required below.
"""
from functools import wraps

from flask import abort, current_app, redirect, request, url_for
from flask_login import current_user

PUBLIC_ENDPOINTS = frozenset(
    {
        "auth.login",
        "auth.oidc_callback",
        "auth.logout",
        "static",
    }
)


def init_app(app):
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
