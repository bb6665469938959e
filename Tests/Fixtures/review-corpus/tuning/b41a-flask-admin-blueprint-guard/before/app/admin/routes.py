import logging
from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from app.extensions import db
from app.models import Organization, User

log = logging.getLogger(__name__)

bp = Blueprint("admin", __name__, url_prefix="/admin")


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@bp.get("/")
@login_required
@admin_required
def index():
    return render_template(
        "admin/index.html", orgs=Organization.query.count(), users=User.query.count()
    )


@bp.get("/orgs/<int:org_id>")
@login_required
@admin_required
def org_detail(org_id):
    org = db.get_or_404(Organization, org_id)
    return render_template("admin/org.html", org=org)


@bp.post("/orgs/<int:org_id>/suspend")
@login_required
@admin_required
def suspend_org(org_id):
    org = db.get_or_404(Organization, org_id)
    org.suspended = True
    db.session.commit()
    log.warning("org %s suspended by %s", org.id, current_user.id)
    flash(f"{org.name} suspended.")
    return redirect(url_for("admin.org_detail", org_id=org.id))
