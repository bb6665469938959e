import logging

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_user, logout_user

from app.auth.forms import LoginForm
from app.auth.ratelimit import login_limiter
from app.models import User

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
@login_limiter.limit("10/minute")
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data.lower()).first()
        if user is None or not user.check_password(form.password.data):
            log.info("failed login for %s", form.email.data)
            flash("Invalid email or password.", "error")
            return render_template("auth/login.html", form=form), 401
        login_user(user, remember=form.remember.data)
        log.info("user %s logged in", user.id)
        return redirect(url_for("dashboard.home"))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout():
    logout_user()
    return redirect(url_for("auth.login"))
