import pickle
import zlib
from datetime import timedelta

from flask import Blueprint, current_app, g, jsonify, make_response, render_template, request
from flask_login import current_user, login_required

from app.dashboard.widgets import DEFAULT_LAYOUT, Layout, render_widgets
from app.extensions import redis_client

bp = Blueprint("dashboard", __name__)

LAYOUT_TTL = timedelta(days=30)


def _dump_blob(obj) -> bytes:
    return zlib.compress(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def _load_blob(raw: bytes):
    # Only ever called on values this service wrote to its own Redis.
    return pickle.loads(zlib.decompress(raw))


def _layout_key(user_id: int) -> str:
    return f"dashboard:layout:{user_id}"


def _get_layout(user_id: int) -> Layout:
    raw = redis_client.get(_layout_key(user_id))
    if raw is None:
        return DEFAULT_LAYOUT
    try:
        return _load_blob(raw)
    except Exception:  # corrupted or from an older Layout version
        current_app.logger.warning("discarding unreadable layout for user %s", user_id)
        return DEFAULT_LAYOUT


@bp.get("/")
@login_required
def index():
    layout = _get_layout(current_user.id)
    widgets = render_widgets(layout, user=current_user)
    return render_template("dashboard/index.html", widgets=widgets, layout=layout)


@bp.put("/layout")
@login_required
def save_layout():
    payload = request.get_json(silent=True) or {}
    try:
        layout = Layout.from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        return jsonify(error=str(exc)), 400
    redis_client.setex(_layout_key(current_user.id), LAYOUT_TTL, _dump_blob(layout))
    return jsonify(ok=True)