import hashlib

from flask import Blueprint, redirect, request, url_for

from app.db import db
from app.models import User

bp = Blueprint("signup", __name__)


@bp.post("/signup")
def signup():
    user = User(email=request.form["email"].strip().lower())
    user.password_digest = hashlib.md5(request.form["password"].encode()).hexdigest()
    db.session.add(user)
    db.session.commit()
    return redirect(url_for("auth.login"))