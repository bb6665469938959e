import hashlib
import hmac
from datetime import datetime, timezone

from flask import current_app
from werkzeug.security import check_password_hash

from app.extensions import db

WERKZEUG_PREFIXES = ("pbkdf2:", "scrypt:")


def _portal_digest(password: str) -> str:
    """Hash in the format the PHP customer portal expects.

    Both apps read the same users table until the portal is retired (Q3), so
    passwords set here must also verify over there.
    """
    salt = current_app.config["PORTAL_PASSWORD_SALT"]
    return hashlib.sha1((salt + password).encode("utf-8")).hexdigest()


class User(db.Model):
    __tablename__ = "users"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False, index=True)
    password_hash = db.Column(db.String(255), nullable=False)
    is_active = db.Column(db.Boolean, default=True, nullable=False)
    created_at = db.Column(
        db.DateTime(timezone=True), default=lambda: datetime.now(timezone.utc)
    )
    last_login_at = db.Column(db.DateTime(timezone=True))

    def set_password(self, password: str) -> None:
        self.password_hash = _portal_digest(password)

    def check_password(self, password: str) -> bool:
        if self.password_hash.startswith(WERKZEUG_PREFIXES):
            return check_password_hash(self.password_hash, password)
        return hmac.compare_digest(self.password_hash, _portal_digest(password))

    def touch_login(self) -> None:
        self.last_login_at = datetime.now(timezone.utc)

    def __repr__(self) -> str:
        return f"<User {self.email}>"
