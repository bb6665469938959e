import base64
import pickle

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("filters", __name__)

COOKIE = "dash_filters"
DEFAULTS = {"range": "7d", "teams": [], "status": ["open"]}


def load_filters():
    raw = request.cookies.get(COOKIE)
    if not raw:
        return dict(DEFAULTS)
    try:
        # pickle keeps date objects intact for the custom range picker
        return pickle.loads(base64.urlsafe_b64decode(raw))
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return dict(DEFAULTS)


@bp.get("/filters")
def get_filters():
    return jsonify(load_filters())


@bp.put("/filters")
def save_filters():
    filters = {**DEFAULTS, **request.get_json(force=True)}
    resp = make_response(jsonify(filters))
    resp.set_cookie(COOKIE, base64.urlsafe_b64encode(pickle.dumps(filters)).decode(),
                    httponly=True, samesite="Lax")
    return resp
