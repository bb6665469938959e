import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from app.models import ApiKey

KEY_PREFIX = "tk_"


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue(db: Session, owner_id: int, label: str) -> tuple[ApiKey, str]:
    """Create a key; the raw value is returned once and never stored."""
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(owner_id=owner_id, label=label, key_hash=_digest(raw), hint=raw[-4:])
    db.add(key)
    return key, raw


def find_active_key(db: Session, raw: str) -> ApiKey | None:
    key = db.query(ApiKey).filter_by(key_hash=_digest(raw), revoked_at=None).one_or_none()
    if key is not None:
        key.last_used_at = datetime.now(timezone.utc)
    return key


def revoke(db: Session, key_id: int, owner_id: int) -> bool:
    key = db.query(ApiKey).filter_by(id=key_id, owner_id=owner_id).one_or_none()
    if key is None:
        return False
    key.revoked_at = datetime.now(timezone.utc)
    return True
