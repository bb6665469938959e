import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .settings import settings

bearer = HTTPBearer(auto_error=False)


class Principal:
    def __init__(self, sub: str, scopes: list[str]):
        self.sub = sub
        self.scopes = scopes


def _decode(token: str) -> dict:
    return jwt.decode(
        token,
        settings.jwt_public_key,
        algorithms=["RS256"],
        audience=settings.jwt_audience,
        issuer=settings.jwt_issuer,
    )


async def current_principal(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Principal:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = _decode(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    return Principal(sub=claims["sub"], scopes=claims.get("scope", "").split())
