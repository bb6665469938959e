import base64
import json

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("prefs", __name__, url_prefix="/prefs")

COOKIE = "dash_prefs"
DEFAULTS = {"theme": "light", "density": "comfortable", "widgets": ["inbox", "calendar"]}


def _load_prefs():
    raw = request.cookies.get(COOKIE)
    if not raw:
        return dict(DEFAULTS)
    try:
        data = json.loads(base64.urlsafe_b64decode(raw.encode()))
    except (ValueError, TypeError):
        return dict(DEFAULTS)
    return {**DEFAULTS, **{k: v for k, v in data.items() if k in DEFAULTS}}


def _dump_prefs(prefs):
    return base64.urlsafe_b64encode(json.dumps(prefs).encode()).decode()


@bp.get("/")
def get_prefs():
    return jsonify(_load_prefs())


@bp.post("/")
def save_prefs():
    prefs = _load_prefs()
    prefs.update({k: v for k, v in (request.get_json() or {}).items() if k in DEFAULTS})
    resp = make_response(jsonify(prefs))
    resp.set_cookie(COOKIE, _dump_prefs(prefs), max_age=60 * 60 * 24 * 365, samesite="Lax")
    return resp
