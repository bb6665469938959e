from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

import requests
from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.models import Profile

log = logging.getLogger(__name__)
User = get_user_model()

GRAVATAR_BASE = "https://www.gravatar.com/avatar/"


def _gravatar_url(email: str, size: int = 160) -> str:
    # Gravatar keys avatars by the MD5 of the trimmed, lower-cased address.
    # That is their public lookup scheme; nothing here is stored or compared.
    digest = hashlib.md5(email.strip().lower().encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{GRAVATAR_BASE}{digest}?s={size}&d=404"


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def send_welcome_email(self, user_id: int) -> None:
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return
    body = render_to_string("accounts/email/welcome.txt", {"user": user})
    try:
        send_mail("Welcome to Fieldnotes", body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except OSError as exc:
        raise self.retry(exc=exc)


@shared_task
def refresh_profile(user_id: int) -> None:
    profile = Profile.objects.select_related("user").filter(user_id=user_id).first()
    if profile is None:
        return
    profile.display_name = profile.display_name or profile.user.get_full_name()
    if not profile.avatar_url and profile.user.email:
        candidate = _gravatar_url(profile.user.email)
        try:
            if requests.head(candidate, timeout=5).status_code == 200:
                profile.avatar_url = candidate
        except requests.RequestException:
            log.info("gravatar lookup failed for user %s", user_id)
    profile.refreshed_at = timezone.now()
    profile.save(update_fields=["display_name", "avatar_url", "refreshed_at"])


@shared_task
def purge_inactive_accounts() -> int:
    cutoff = timezone.now() - timedelta(days=settings.ACCOUNT_INACTIVE_DAYS)
    qs = User.objects.filter(is_active=False, last_login__lt=cutoff)
    count = qs.count()
    qs.delete()
    log.info("purged %d inactive accounts", count)
    return count


@shared_task(bind=True, max_retries=5)
def password_changed_notification(self, user_id: int) -> None:
    user = User.objects.filter(pk=user_id).first()
    if user is None or not user.has_usable_password():
        return
    body = render_to_string("accounts/email/password_changed.txt", {"user": user})
    try:
        send_mail("Your password was changed", body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except OSError as exc:
        raise self.retry(exc=exc)
