import base64
import json

from fastapi import Header, HTTPException, status

from app.models import CurrentUser


def current_user(authorization: str = Header(...)) -> CurrentUser:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or token.count(".") != 2:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    _header, payload, _signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return CurrentUser(id=claims["sub"], org=claims["org"], is_admin=claims.get("admin", False))