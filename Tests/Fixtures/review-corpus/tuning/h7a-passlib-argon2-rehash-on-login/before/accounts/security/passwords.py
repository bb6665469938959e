"""Password hashing and verification for the accounts service."""
import logging

from passlib.context import CryptContext
from sqlalchemy.orm import Session

from accounts.models import Account

log = logging.getLogger(__name__)

pwd_context = CryptContext(
    schemes=["bcrypt"],
    bcrypt__rounds=12,
)

# Used to equalise timing when the account does not exist.
_DUMMY_HASH = pwd_context.hash("not-a-real-password-0f3a")


class InvalidCredentials(Exception):
    pass


def hash_password(plain: str) -> str:
    if len(plain) < 12:
        raise ValueError("password must be at least 12 characters")
    return pwd_context.hash(plain)


def authenticate(session: Session, email: str, plain: str) -> Account:
    account = session.query(Account).filter(Account.email == email.lower()).one_or_none()
    if account is None or not account.password_hash:
        pwd_context.verify(plain, _DUMMY_HASH)
        raise InvalidCredentials()

    if not pwd_context.verify(plain, account.password_hash):
        log.info("failed login for account %s", account.id)
        raise InvalidCredentials()

    if account.locked:
        raise InvalidCredentials()

    return account


def change_password(session: Session, account: Account, current: str, new: str) -> None:
    if not pwd_context.verify(current, account.password_hash):
        raise InvalidCredentials()
    account.password_hash = hash_password(new)
    account.password_changed_at = session.execute("select now()").scalar_one()
    session.commit()
