"""Bearer-token authentication for the public REST API."""
import hashlib
import logging
import secrets

from django.utils import timezone
from rest_framework import authentication, exceptions

from api.models import ApiToken

log = logging.getLogger(__name__)

TOKEN_PREFIX = "pk_"


def _digest(raw):
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def issue_token(user, label):
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    # Only the digest is stored; the raw token is shown to the user once.
    ApiToken.objects.create(user=user, label=label, key_digest=_digest(raw), hint=raw[-4:])
    return raw


class BearerTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header.startswith(f"{self.keyword} "):
            return None
        raw = header[len(self.keyword) + 1 :].strip()
        try:
            token = ApiToken.objects.select_related("user").get(
                key_digest=_digest(raw), revoked_at__isnull=True
            )
        except ApiToken.DoesNotExist:
            raise exceptions.AuthenticationFailed("invalid token")
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed("user inactive")
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword
