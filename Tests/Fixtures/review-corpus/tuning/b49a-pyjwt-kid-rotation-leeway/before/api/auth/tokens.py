from dataclasses import dataclass

import jwt
from jwt import InvalidTokenError


class TokenError(Exception):
    pass


@dataclass(frozen=True)
class Principal:
    user_id: str
    scopes: frozenset[str]


class TokenVerifier:
    def __init__(self, public_key_pem: str, audience: str, issuer: str):
        self._key = public_key_pem
        self._audience = audience
        self._issuer = issuer

    def verify(self, token: str) -> Principal:
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=["RS256"],
                audience=self._audience,
                issuer=self._issuer,
            )
        except InvalidTokenError as exc:
            raise TokenError(str(exc)) from exc
        return Principal(user_id=claims["sub"], scopes=frozenset(claims.get("scope", "").split()))
