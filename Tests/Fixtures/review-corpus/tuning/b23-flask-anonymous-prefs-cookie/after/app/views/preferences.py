import base64
import json
import pickle

from flask import Blueprint, current_app, jsonify, make_response, render_template, request, session
from flask_login import current_user, login_required

from ..extensions import db
from ..models import UserPreference

bp = Blueprint("preferences", __name__, url_prefix="/preferences")

# Anonymous prefs moved out of the session so cached pages don't vary on the session cookie.
PREFS_COOKIE = "site_prefs"
DEFAULTS = {"theme": "light", "density": "comfortable", "timezone": "UTC", "digest": "weekly"}
ALLOWED = {
    "theme": {"light", "dark", "system"},
    "density": {"comfortable", "compact"},
    "digest": {"daily", "weekly", "never"},
}


def _clean(raw):
    out = dict(DEFAULTS)
    for key, value in (raw or {}).items():
        if key in ALLOWED and value in ALLOWED[key]:
            out[key] = value
        elif key == "timezone" and isinstance(value, str) and len(value) < 64:
            out[key] = value
    return out


def load_preferences():
    if current_user.is_authenticated:
        row = UserPreference.query.filter_by(user_id=current_user.id).first()
        if row is not None:
            return _clean(json.loads(row.data))
    blob = request.cookies.get(PREFS_COOKIE)
    if blob:
        try:
            return _clean(
                pickle.loads(
                    base64.urlsafe_b64decode(blob.encode("ascii"))
                )
            )
        except Exception:
            current_app.logger.info("ignoring unreadable prefs cookie")
    return _clean(session.get("prefs"))


@bp.app_context_processor
def inject_preferences():
    return {"prefs": load_preferences()}


@bp.get("/")
@login_required
def show():
    return render_template("preferences/show.html", allowed=ALLOWED)


@bp.post("/")
@login_required
def update():
    prefs = _clean(request.get_json(silent=True) or request.form.to_dict())
    row = UserPreference.query.filter_by(user_id=current_user.id).first()
    if row is None:
        row = UserPreference(user_id=current_user.id)
        db.session.add(row)
    row.data = json.dumps(prefs)
    db.session.commit()
    session["prefs"] = prefs
    return jsonify(prefs)


@bp.post("/anonymous")
def update_anonymous():
    prefs = _clean(request.get_json(silent=True) or {})
    response = make_response(jsonify(prefs))
    response.set_cookie(
        PREFS_COOKIE,
        base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii"),
        max_age=60 * 60 * 24 * 365,
        samesite="Lax",
    )
    return response
