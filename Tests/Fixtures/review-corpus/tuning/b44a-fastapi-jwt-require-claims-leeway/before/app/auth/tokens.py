from datetime import datetime, timedelta, timezone

import jwt
from fastapi import HTTPException, status

from app.settings import get_settings

ALGORITHM = "HS256"
ACCESS_TTL = timedelta(minutes=15)


def issue_access_token(user_id: int, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user_id),
        "scp": scopes,
        "iat": now,
        "exp": now + ACCESS_TTL,
        "iss": "scheduler-api",
    }
    return jwt.encode(payload, get_settings().jwt_secret, algorithm=ALGORITHM)


def decode_access_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            get_settings().jwt_secret,
            algorithms=[ALGORITHM],
            issuer="scheduler-api",
        )
    except jwt.ExpiredSignatureError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
