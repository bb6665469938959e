import base64
import pickle
from dataclasses import dataclass, field
from datetime import date

from flask import Blueprint, make_response, render_template, request

bp = Blueprint("filters", __name__, url_prefix="/dashboards")

COOKIE = "dash_filters"


@dataclass
class FilterState:
    team: str | None = None
    statuses: list[str] = field(default_factory=list)
    since_days: int = 30
    pinned_from: date | None = None


def load_filters() -> FilterState:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return FilterState()
    try:
        state = pickle.loads(base64.urlsafe_b64decode(raw.encode()))
        return state if isinstance(state, FilterState) else FilterState()
    except (ValueError, TypeError, pickle.UnpicklingError):
        return FilterState()


def dump_filters(state: FilterState) -> str:
    # pickle keeps the date intact; json needed a custom encoder/decoder pair
    return base64.urlsafe_b64encode(pickle.dumps(state)).decode()


@bp.route("/")
def index():
    state = load_filters()
    return render_template("dashboards/index.html", filters=state)


@bp.route("/filters", methods=["POST"])
def save():
    pinned = request.form.get("pinned_from")
    state = FilterState(
        team=request.form.get("team") or None,
        statuses=request.form.getlist("status"),
        since_days=int(request.form.get("since_days", 30)),
        pinned_from=date.fromisoformat(pinned) if pinned else None,
    )
    resp = make_response("", 204)
    resp.set_cookie(COOKIE, dump_filters(state), httponly=True, samesite="Lax")
    return resp
