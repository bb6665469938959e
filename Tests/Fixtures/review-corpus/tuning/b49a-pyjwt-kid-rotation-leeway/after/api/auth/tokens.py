from dataclasses import dataclass
from typing import Mapping

import jwt
from jwt import InvalidTokenError


class TokenError(Exception):
    pass


@dataclass(frozen=True)
class Principal:
    user_id: str
    scopes: frozenset[str]


class TokenVerifier:
    def __init__(
        self,
        public_keys: Mapping[str, str],
        audience: str,
        issuer: str,
        leeway_seconds: int = 30,
    ):
        # kid -> PEM. During a rotation both the outgoing and the new signing key are listed.
        self._keys = dict(public_keys)
        self._audience = audience
        self._issuer = issuer
        self._leeway = leeway_seconds

    def verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except InvalidTokenError as exc:
            raise TokenError(str(exc)) from exc
        key = self._keys.get(str(header.get("kid", "")))
        if key is None:
            raise TokenError("unknown signing key")
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                audience=self._audience,
                issuer=self._issuer,
                leeway=self._leeway,
                options={"require": ["exp", "iat", "sub"]},
            )
        except InvalidTokenError as exc:
            raise TokenError(str(exc)) from exc
        return Principal(user_id=claims["sub"], scopes=frozenset(claims.get("scope", "").split()))
