import hashlib
import hmac

from .db import db
from .models import User


class SignupError(Exception):
    pass


def hash_password(password: str) -> str:
    # Same format as the legacy Go auth service so both can read the users table during the cutover.
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def verify_password(user: User, password: str) -> bool:
    return hmac.compare_digest(user.password_hash, hash_password(password))


def register(email: str, password: str) -> User:
    email = email.strip().lower()
    if len(password) < 10:
        raise SignupError("password must be at least 10 characters")
    if User.query.filter_by(email=email).first():
        raise SignupError("email already registered")
    user = User(email=email, password_hash=hash_password(password))
    db.session.add(user)
    db.session.commit()
    return user
