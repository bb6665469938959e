from authlib.integrations.flask_client import OAuth
from flask import Blueprint, abort, current_app, redirect, session, url_for
from flask_login import login_user

from app.models import User, db

oauth = OAuth()
bp = Blueprint("oauth", __name__, url_prefix="/auth")


def init_oauth(app):
    oauth.init_app(app)
    oauth.register(
        "google",
        server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
        client_kwargs={"scope": "openid email profile"},
    )


@bp.get("/login")
def login():
    return oauth.google.authorize_redirect(url_for("oauth.callback", _external=True))


@bp.get("/callback")
def callback():
    # authorize_access_token checks the state parameter against the session
    # and validates the ID token (signature, iss, aud, nonce).
    token = oauth.google.authorize_access_token()
    info = token.get("userinfo")
    if not info or not info.get("email_verified"):
        abort(403)

    domain = info["email"].rsplit("@", 1)[-1]
    if domain not in current_app.config["ALLOWED_LOGIN_DOMAINS"]:
        abort(403)

    user = User.query.filter_by(email=info["email"]).one_or_none()
    if user is None:
        user = User(email=info["email"], name=info.get("name", ""))
        db.session.add(user)
        db.session.commit()

    login_user(user)
    session.permanent = True
    return redirect(url_for("dashboard.index"))