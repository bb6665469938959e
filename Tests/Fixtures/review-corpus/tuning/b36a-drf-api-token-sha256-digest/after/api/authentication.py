import hashlib
import secrets

from django.utils import timezone
from rest_framework import authentication, exceptions

from .models import ApiToken

TOKEN_PREFIX = "ak_"


def token_digest(raw: str) -> str:
    # Tokens carry 256 bits from secrets.token_urlsafe, so there is nothing to brute-force
    # the way there is with a human-chosen password; a fast unsalted SHA-256 is the right
    # tool and keeps the lookup a single indexed equality match.
    return hashlib.sha256(raw.encode("ascii")).hexdigest()


def issue_token(user, name: str) -> str:
    """Create a token for ``user`` and return the raw value, shown once in the UI."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, name=name, key_digest=token_digest(raw), last_four=raw[-4:])
    return raw


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Malformed token header.")
        try:
            raw = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Malformed token header.")
        return self._authenticate_credentials(raw)

    def _authenticate_credentials(self, raw):
        if not raw.startswith(TOKEN_PREFIX):
            raise exceptions.AuthenticationFailed("Invalid token.")
        try:
            token = ApiToken.objects.select_related("user").get(
                key_digest=token_digest(raw), revoked_at__isnull=True
            )
        except ApiToken.DoesNotExist:
            raise exceptions.AuthenticationFailed("Invalid token.")
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed("User inactive or deleted.")
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword
