import base64
import json
from dataclasses import asdict, dataclass, field

from flask import Blueprint, make_response, render_template, request

bp = Blueprint("filters", __name__, url_prefix="/dashboards")

COOKIE = "dash_filters"


@dataclass
class FilterState:
    team: str | None = None
    statuses: list[str] = field(default_factory=list)
    since_days: int = 30


def load_filters() -> FilterState:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return FilterState()
    try:
        data = json.loads(base64.urlsafe_b64decode(raw.encode()))
        return FilterState(**{k: v for k, v in data.items() if k in FilterState.__dataclass_fields__})
    except (ValueError, TypeError):
        return FilterState()


def dump_filters(state: FilterState) -> str:
    return base64.urlsafe_b64encode(json.dumps(asdict(state)).encode()).decode()


@bp.route("/")
def index():
    state = load_filters()
    return render_template("dashboards/index.html", filters=state)


@bp.route("/filters", methods=["POST"])
def save():
    state = FilterState(
        team=request.form.get("team") or None,
        statuses=request.form.getlist("status"),
        since_days=int(request.form.get("since_days", 30)),
    )
    resp = make_response("", 204)
    resp.set_cookie(COOKIE, dump_filters(state), httponly=True, samesite="Lax")
    return resp
