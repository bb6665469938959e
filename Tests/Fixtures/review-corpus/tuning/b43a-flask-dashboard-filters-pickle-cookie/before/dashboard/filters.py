import base64
import json

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("filters", __name__)

COOKIE = "dash_filters"


def _load_filters():
    raw = request.cookies.get(COOKIE)
    if not raw:
        return {}
    try:
        return json.loads(base64.urlsafe_b64decode(raw.encode()))
    except (ValueError, TypeError):
        return {}


def _dump_filters(filters):
    return base64.urlsafe_b64encode(json.dumps(filters).encode()).decode()


@bp.get("/dashboard/filters")
def get_filters():
    return jsonify(_load_filters())


@bp.put("/dashboard/filters")
def put_filters():
    filters = request.get_json(force=True) or {}
    resp = make_response(jsonify(filters))
    resp.set_cookie(COOKIE, _dump_filters(filters), httponly=True, samesite="Lax")
    return resp
