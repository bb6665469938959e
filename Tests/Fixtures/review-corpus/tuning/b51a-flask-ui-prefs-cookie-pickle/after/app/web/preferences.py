import base64
import binascii
import pickle
from dataclasses import asdict, dataclass, field
from datetime import datetime

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("preferences", __name__)

COOKIE_NAME = "ui_prefs"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365


@dataclass
class Preferences:
    theme: str = "light"
    density: str = "comfortable"
    pinned_projects: list = field(default_factory=list)
    dismissed_banners: set = field(default_factory=set)
    last_seen_changelog: datetime | None = None


def load_prefs() -> Preferences:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return Preferences()
    try:
        # sets and datetimes don't round-trip through JSON, so the cookie now
        # carries the pickled dataclass.
        prefs = pickle.loads(base64.urlsafe_b64decode(raw.encode()))
        return prefs if isinstance(prefs, Preferences) else Preferences()
    except (binascii.Error, pickle.UnpicklingError, EOFError, ValueError):
        return Preferences()


def dump_prefs(prefs: Preferences) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode()


def _serialisable(prefs: Preferences) -> dict:
    data = asdict(prefs)
    data["dismissed_banners"] = sorted(prefs.dismissed_banners)
    if prefs.last_seen_changelog:
        data["last_seen_changelog"] = prefs.last_seen_changelog.isoformat()
    return data


@bp.get("/prefs")
def get_prefs():
    return jsonify(_serialisable(load_prefs()))


@bp.post("/prefs")
def save_prefs():
    prefs = load_prefs()
    body = request.get_json(silent=True) or {}
    for key in ("theme", "density", "pinned_projects"):
        if key in body:
            setattr(prefs, key, body[key])
    if "dismiss_banner" in body:
        prefs.dismissed_banners.add(str(body["dismiss_banner"]))
    resp = make_response(jsonify(_serialisable(prefs)))
    resp.set_cookie(COOKIE_NAME, dump_prefs(prefs), max_age=COOKIE_MAX_AGE, samesite="Lax")
    return resp
