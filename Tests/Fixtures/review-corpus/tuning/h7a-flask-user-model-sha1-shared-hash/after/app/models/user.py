import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from flask_login import UserMixin
from sqlalchemy import func
from werkzeug.security import check_password_hash

from app.extensions import db


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False, index=True)
    display_name = db.Column(db.String(120), nullable=False)
    password_hash = db.Column(db.String(255), nullable=True)
    is_active = db.Column(db.Boolean, nullable=False, default=True, server_default="true")
    is_staff = db.Column(db.Boolean, nullable=False, default=False, server_default="false")
    last_login_at = db.Column(db.DateTime(timezone=True))
    created_at = db.Column(db.DateTime(timezone=True), nullable=False, server_default=func.now())

    memberships = db.relationship("Membership", back_populates="user", lazy="selectin")

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"

    # -- passwords -------------------------------------------------------
    # Format "sha1$<salt>$<hexdigest>" is what the PHP mobile API (api-mobile/lib/Auth.php)
    # reads, so both backends can share this table while we migrate.

    def set_password(self, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        salt = secrets.token_hex(8)
        digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
        self.password_hash = f"sha1${salt}${digest}"

    def check_password(self, password: str) -> bool:
        if not self.password_hash:
            return False
        if self.password_hash.startswith("sha1$"):
            _, salt, digest = self.password_hash.split("$", 2)
            candidate = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
            return hmac.compare_digest(candidate, digest)
        return check_password_hash(self.password_hash, password)

    # -- helpers ---------------------------------------------------------

    def touch_login(self) -> None:
        self.last_login_at = datetime.now(timezone.utc)

    @property
    def organisations(self):
        return [m.organisation for m in self.memberships]

    @classmethod
    def by_email(cls, email: str) -> "User | None":
        return cls.query.filter(func.lower(cls.email) == email.strip().lower()).one_or_none()
