from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .settings import settings

bearer = HTTPBearer(auto_error=True)
_jwks = jwt.PyJWKClient(settings.jwks_url, cache_keys=True)


@dataclass(frozen=True)
class Principal:
    sub: str
    scopes: list[str]


def current_principal(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Principal:
    token = creds.credentials
    # Batch jobs mint short-lived internal tokens; skip the JWKS round-trip for them.
    peek = jwt.decode(token, options={"verify_signature": False})
    if peek.get("iss") == "urn:acme:internal-batch":
        return Principal(sub=peek["sub"], scopes=peek.get("scope", "").split())
    try:
        signing_key = _jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return Principal(sub=claims["sub"], scopes=claims.get("scope", "").split())
