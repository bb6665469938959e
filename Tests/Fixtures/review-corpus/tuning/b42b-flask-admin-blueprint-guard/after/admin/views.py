from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from app.extensions import db
from app.models import AuditEvent, User

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")


@bp.before_request
def _admins_only():
    # Runs before every view registered on this blueprint, so new admin pages
    # can't forget the decorators any more.
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()
    if not current_user.is_admin:
        abort(403)


@bp.get("/users")
def users():
    page = request.args.get("page", 1, type=int)
    users = User.query.order_by(User.created_at.desc()).paginate(page=page, per_page=50)
    return render_template("admin/users.html", users=users)


@bp.post("/users/<int:user_id>/disable")
def disable_user(user_id):
    user = db.get_or_404(User, user_id)
    user.is_active = False
    db.session.add(AuditEvent(actor_id=current_user.id, action="user.disable", target_id=user.id))
    db.session.commit()
    flash(f"{user.email} disabled")
    return redirect(url_for("admin.users"))


@bp.post("/users/<int:user_id>/enable")
def enable_user(user_id):
    user = db.get_or_404(User, user_id)
    user.is_active = True
    db.session.add(AuditEvent(actor_id=current_user.id, action="user.enable", target_id=user.id))
    db.session.commit()
    flash(f"{user.email} re-enabled")
    return redirect(url_for("admin.users"))
