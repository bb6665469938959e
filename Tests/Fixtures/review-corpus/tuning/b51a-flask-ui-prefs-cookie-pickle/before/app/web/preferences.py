import json
from dataclasses import asdict, dataclass, field

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("preferences", __name__)

COOKIE_NAME = "ui_prefs"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365


@dataclass
class Preferences:
    theme: str = "light"
    density: str = "comfortable"
    pinned_projects: list = field(default_factory=list)


def load_prefs() -> Preferences:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return Preferences()
    try:
        data = json.loads(raw)
        known = {k: v for k, v in data.items() if k in Preferences.__dataclass_fields__}
        return Preferences(**known)
    except (ValueError, TypeError, AttributeError):
        return Preferences()


def dump_prefs(prefs: Preferences) -> str:
    return json.dumps(asdict(prefs))


@bp.get("/prefs")
def get_prefs():
    return jsonify(asdict(load_prefs()))


@bp.post("/prefs")
def save_prefs():
    prefs = load_prefs()
    body = request.get_json(silent=True) or {}
    for key in ("theme", "density", "pinned_projects"):
        if key in body:
            setattr(prefs, key, body[key])
    resp = make_response(jsonify(asdict(prefs)))
    resp.set_cookie(COOKIE_NAME, dump_prefs(prefs), max_age=COOKIE_MAX_AGE, samesite="Lax")
    return resp
