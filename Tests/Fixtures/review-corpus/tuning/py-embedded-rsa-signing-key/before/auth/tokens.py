import datetime as dt
import os

import jwt

ISSUER = "https://id.acme-internal.net"
AUDIENCE = "acme-api"
TTL = dt.timedelta(minutes=15)


def _private_key():
    with open(os.environ["JWT_PRIVATE_KEY_PATH"], "rb") as fh:
        return fh.read()


def issue(user_id: int, scopes: list[str]) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": str(user_id),
        "scope": " ".join(scopes),
        "iat": now,
        "exp": now + TTL,
    }
    return jwt.encode(claims, _private_key(), algorithm="RS256", headers={"kid": "2024-09"})
