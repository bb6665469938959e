from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.models import Profile

log = logging.getLogger(__name__)
User = get_user_model()


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
    profile.refreshed_at = timezone.now()
    profile.save(update_fields=["display_name", "refreshed_at"])


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
