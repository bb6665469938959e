from werkzeug.security import check_password_hash, generate_password_hash

from .db import db
from .models import User


class SignupError(Exception):
    pass


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(user: User, password: str) -> bool:
    return check_password_hash(user.password_hash, password)


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
