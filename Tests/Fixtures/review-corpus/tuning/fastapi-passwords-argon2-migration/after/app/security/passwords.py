import hashlib
import hmac

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_LEGACY_PREFIX = "pbkdf2_sha256$"
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, stored: str) -> bool:
    if stored.startswith(_LEGACY_PREFIX):
        return _verify_legacy(password, stored)
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True for legacy PBKDF2 hashes and argon2 hashes with outdated parameters."""
    return stored.startswith(_LEGACY_PREFIX) or _hasher.check_needs_rehash(stored)


def _verify_legacy(password: str, stored: str) -> bool:
    _algorithm, iterations, salt_hex, digest_hex = stored.split("$")
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)
