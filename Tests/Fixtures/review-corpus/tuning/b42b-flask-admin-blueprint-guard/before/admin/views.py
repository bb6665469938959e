from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from app.extensions import db
from app.models import AuditEvent, User

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@bp.get("/users")
@login_required
@admin_required
def users():
    page = request.args.get("page", 1, type=int)
    users = User.query.order_by(User.created_at.desc()).paginate(page=page, per_page=50)
    return render_template("admin/users.html", users=users)


@bp.post("/users/<int:user_id>/disable")
@login_required
@admin_required
def disable_user(user_id):
    user = db.get_or_404(User, user_id)
    user.is_active = False
    db.session.add(AuditEvent(actor_id=current_user.id, action="user.disable", target_id=user.id))
    db.session.commit()
    flash(f"{user.email} disabled")
    return redirect(url_for("admin.users"))
