import hashlib
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from app.models import ApiKey


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


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
