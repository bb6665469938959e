"""Credential handling for local (non-SSO) accounts."""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.db import session_scope
from app.models import User

log = logging.getLogger(__name__)

# OWASP 2023 baseline for argon2id
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32, salt_len=16)

RESET_TOKEN_TTL = timedelta(hours=1)
MIN_LENGTH = 10


class WeakPasswordError(ValueError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError(f"password must be at least {MIN_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(user: User, password: str) -> bool:
    try:
        _hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        return False
    except (VerificationError, InvalidHashError):
        log.error("unverifiable password hash for user %s", user.id)
        return False

    if _hasher.check_needs_rehash(user.password_hash):
        with session_scope() as s:
            s.get(User, user.id).password_hash = _hasher.hash(password)
    return True


def issue_reset_token(user: User) -> str:
    token = secrets.token_urlsafe(32)
    with session_scope() as s:
        u = s.get(User, user.id)
        u.reset_token_hash = _hasher.hash(token)
        u.reset_token_expires_at = datetime.now(timezone.utc) + RESET_TOKEN_TTL
    return token


def consume_reset_token(user: User, token: str, new_password: str) -> bool:
    if not user.reset_token_hash or not user.reset_token_expires_at:
        return False
    if user.reset_token_expires_at < datetime.now(timezone.utc):
        return False
    try:
        _hasher.verify(user.reset_token_hash, token)
    except (VerificationError, InvalidHashError):
        return False
    with session_scope() as s:
        u = s.get(User, user.id)
        u.password_hash = hash_password(new_password)
        u.reset_token_hash = None
        u.reset_token_expires_at = None
    return True


def constant_time_equals(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def avatar_url(email: str, size: int = 80) -> str:
    """Gravatar URL for the profile page fallback avatar.

    Gravatar addresses images by the MD5 of the trimmed, lower-cased email;
    this is a public lookup key, not a credential.
    """
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?s={int(size)}&d=identicon"
