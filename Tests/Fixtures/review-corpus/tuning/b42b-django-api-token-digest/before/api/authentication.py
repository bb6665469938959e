"""Bearer-token authentication for the public REST API."""
import logging
import secrets

from django.utils import timezone
from rest_framework import authentication, exceptions

from api.models import ApiToken

log = logging.getLogger(__name__)


def issue_token(user, label):
    raw = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, label=label, key=raw)
    return raw


class BearerTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header.startswith(f"{self.keyword} "):
            return None
        raw = header[len(self.keyword) + 1 :].strip()
        try:
            token = ApiToken.objects.select_related("user").get(key=raw, revoked_at__isnull=True)
        except ApiToken.DoesNotExist:
            raise exceptions.AuthenticationFailed("invalid token")
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed("user inactive")
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword
