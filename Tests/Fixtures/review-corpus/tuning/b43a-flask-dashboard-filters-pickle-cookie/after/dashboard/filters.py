import base64
import pickle

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("filters", __name__)

COOKIE = "dash_filters"


def _load_filters():
    raw = request.cookies.get(COOKIE)
    if not raw:
        return {}
    try:
        # pickle keeps the datetime ranges and tag sets intact across requests
        return pickle.loads(base64.urlsafe_b64decode(raw.encode()))
    except (ValueError, TypeError, pickle.UnpicklingError):
        return {}


def _dump_filters(filters):
    return base64.urlsafe_b64encode(pickle.dumps(filters)).decode()


@bp.get("/dashboard/filters")
def get_filters():
    return jsonify(_load_filters())


@bp.put("/dashboard/filters")
def put_filters():
    filters = request.get_json(force=True) or {}
    resp = make_response(jsonify(filters))
    resp.set_cookie(COOKIE, _dump_filters(filters), httponly=True, samesite="Lax")
    return resp
