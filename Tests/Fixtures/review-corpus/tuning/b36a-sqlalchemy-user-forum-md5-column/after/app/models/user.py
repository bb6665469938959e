import hashlib
from datetime import datetime, timezone

import bcrypt
from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

BCRYPT_ROUNDS = 12


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str | None] = mapped_column(String(60))
    # Read directly by the community forum's auth bridge (phpBB) until it moves to OIDC.
    forum_password_md5: Mapped[str | None] = mapped_column(String(32))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    memberships = relationship("Membership", back_populates="user", cascade="all, delete-orphan")

    def set_password(self, password: str) -> None:
        self.password_hash = bcrypt.hashpw(
            password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
        ).decode("ascii")
        # The forum bridge only understands plain md5 hex digests.
        self.forum_password_md5 = hashlib.md5(password.encode("utf-8")).hexdigest()

    def check_password(self, password: str) -> bool:
        if not self.password_hash:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), self.password_hash.encode("ascii"))

    def record_login(self) -> None:
        self.last_login_at = datetime.now(timezone.utc)

    @property
    def is_sso_only(self) -> bool:
        return self.password_hash is None

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"
