"""Password hashing and verification for the accounts service."""
import logging

from passlib.context import CryptContext
from sqlalchemy.orm import Session

from accounts.models import Account

log = logging.getLogger(__name__)

# argon2id for new hashes; existing bcrypt hashes still verify and are
# transparently upgraded on the next successful login (see authenticate()).
pwd_context = CryptContext(
    schemes=["argon2", "bcrypt"],
    deprecated="auto",
    argon2__type="ID",
    argon2__memory_cost=65536,
    argon2__time_cost=3,
    argon2__parallelism=2,
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

    valid, new_hash = pwd_context.verify_and_update(plain, account.password_hash)
    if not valid:
        log.info("failed login for account %s", account.id)
        raise InvalidCredentials()

    if account.locked:
        raise InvalidCredentials()

    if new_hash is not None:
        account.password_hash = new_hash
        session.commit()
        log.info("upgraded password hash for account %s", account.id)

    return account


def change_password(session: Session, account: Account, current: str, new: str) -> None:
    if not pwd_context.verify(current, account.password_hash):
        raise InvalidCredentials()
    account.password_hash = hash_password(new)
    account.password_changed_at = session.execute("select now()").scalar_one()
    session.commit()
