from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from app.config import settings

bearer = HTTPBearer(auto_error=False)


class Principal(BaseModel):
    user_id: str
    org_id: str | None = None
    scopes: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.auth_jwks_url, cache_keys=True, lifespan=900)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def _principal_from_claims(claims: dict) -> Principal:
    return Principal(
        user_id=claims["sub"],
        org_id=claims.get("org"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


async def get_current_user(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Principal:
    if creds is None:
        raise _unauthorized("missing bearer token")
    token = creds.credentials

    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=settings.auth_audience,
            issuer=settings.auth_issuer,
            options={"require": ["exp", "sub", "iss", "aud"]},
        )
    except jwt.PyJWTError as exc:
        raise _unauthorized(f"invalid token: {exc.__class__.__name__}")

    return _principal_from_claims(claims)


def require_scope(scope: str):
    async def checker(principal: Principal = Depends(get_current_user)) -> Principal:
        if scope not in principal.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail=f"missing scope {scope}")
        return principal

    return checker
