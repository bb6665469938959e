import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from app.extensions import db, login_manager
from app.models import FeatureFlag, Organization, User

log = logging.getLogger(__name__)

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.before_request
def _staff_only():
    # Applies to every view registered on this blueprint, so new admin pages
    # can't ship without the check.
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if not current_user.is_admin:
        abort(403)
    return None


@bp.get("/")
def index():
    return render_template(
        "admin/index.html", orgs=Organization.query.count(), users=User.query.count()
    )


@bp.get("/orgs/<int:org_id>")
def org_detail(org_id):
    org = db.get_or_404(Organization, org_id)
    flags = FeatureFlag.query.filter_by(org_id=org.id).order_by(FeatureFlag.key).all()
    return render_template("admin/org.html", org=org, flags=flags)


@bp.post("/orgs/<int:org_id>/suspend")
def suspend_org(org_id):
    org = db.get_or_404(Organization, org_id)
    org.suspended = True
    db.session.commit()
    log.warning("org %s suspended by %s", org.id, current_user.id)
    flash(f"{org.name} suspended.")
    return redirect(url_for("admin.org_detail", org_id=org.id))


@bp.post("/orgs/<int:org_id>/flags/<key>")
def toggle_flag(org_id, key):
    org = db.get_or_404(Organization, org_id)
    flag = FeatureFlag.query.filter_by(org_id=org.id, key=key).first_or_404()
    flag.enabled = request.form.get("enabled") == "1"
    db.session.commit()
    log.warning("flag %s for org %s set to %s by %s", key, org.id, flag.enabled, current_user.id)
    return redirect(url_for("admin.org_detail", org_id=org.id))
