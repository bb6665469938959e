import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions


class BearerJWTAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header.startswith(f"{self.keyword} "):
            return None
        token = header[len(self.keyword) + 1 :]
        try:
            claims = jwt.decode(
                token,
                settings.OIDC_PUBLIC_KEY,
                algorithms=["RS256"],
                audience=settings.OIDC_AUDIENCE,
                issuer=settings.OIDC_ISSUER,
            )
        except jwt.PyJWTError as exc:
            raise exceptions.AuthenticationFailed("invalid token") from exc
        user, _ = get_user_model().objects.get_or_create(
            username=claims["sub"], defaults={"email": claims.get("email", "")}
        )
        return user, claims

    def authenticate_header(self, request):
        return self.keyword
