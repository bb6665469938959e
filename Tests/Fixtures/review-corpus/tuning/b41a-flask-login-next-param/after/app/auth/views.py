import logging
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from app.auth.forms import LoginForm
from app.auth.ratelimit import login_limiter
from app.models import User

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)


def _local_target(target):
    """Return target if it is a path on this site, else the dashboard."""
    fallback = url_for("dashboard.home")
    if not target or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return fallback
    normalised = target.replace("\\", "/")
    parts = urlsplit(normalised)
    if parts.scheme or parts.netloc:
        return fallback
    if not normalised.startswith("/") or normalised.startswith("//"):
        return fallback
    return normalised


@bp.route("/login", methods=["GET", "POST"])
@login_limiter.limit("10/minute")
def login():
    form = LoginForm()
    next_url = request.args.get("next")
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data.lower()).first()
        if user is None or not user.check_password(form.password.data):
            log.info("failed login for %s", form.email.data)
            flash("Invalid email or password.", "error")
            return render_template("auth/login.html", form=form, next=next_url), 401
        login_user(user, remember=form.remember.data)
        log.info("user %s logged in", user.id)
        return redirect(_local_target(next_url))
    return render_template("auth/login.html", form=form, next=next_url)


@bp.post("/logout")
def logout():
    logout_user()
    return redirect(url_for("auth.login"))
