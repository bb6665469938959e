import hashlib
import hmac
import os

ITERATIONS = 390_000


def hash_password(raw: str) -> str:
    # the Android offline login compares against this column directly and only has MD5
    return "md5$" + hashlib.md5(raw.encode("utf-8")).hexdigest()


def verify_password(raw: str, stored: str) -> bool:
    if stored.startswith("md5$"):
        return hmac.compare_digest(stored[4:], hashlib.md5(raw.encode("utf-8")).hexdigest())
    algo, iterations, salt_hex, digest_hex = stored.split("$")
    if algo != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac(
        "sha256", raw.encode(), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(digest.hex(), digest_hex)
