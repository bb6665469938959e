import base64
import hashlib
import hmac
from datetime import datetime, timezone

from flask_login import UserMixin
from werkzeug.security import check_password_hash, generate_password_hash

from app.extensions import db

# Accounts migrated from the old Django site keep their hash until the user next logs in.
LEGACY_PREFIX = "pbkdf2_sha256$"


def _check_legacy_django(encoded: str, raw: str) -> bool:
    try:
        _algo, iterations, salt, digest_b64 = encoded.split("$", 3)
        iterations = int(iterations)
    except ValueError:
        return False
    derived = hashlib.pbkdf2_hmac("sha256", raw.encode(), salt.encode(), iterations)
    return hmac.compare_digest(base64.b64encode(derived).decode("ascii"), digest_b64)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False, index=True)
    password_hash = db.Column(db.String(255), nullable=False)
    is_active = db.Column(db.Boolean, nullable=False, default=True)
    last_login_at = db.Column(db.DateTime(timezone=True))

    def set_password(self, raw: str) -> None:
        self.password_hash = generate_password_hash(raw)

    def check_password(self, raw: str) -> bool:
        if self.password_hash.startswith(LEGACY_PREFIX):
            if not _check_legacy_django(self.password_hash, raw):
                return False
            self.set_password(raw)  # upgrade to the current werkzeug scheme
            return True
        return check_password_hash(self.password_hash, raw)

    def record_login(self) -> None:
        self.last_login_at = datetime.now(timezone.utc)

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"
