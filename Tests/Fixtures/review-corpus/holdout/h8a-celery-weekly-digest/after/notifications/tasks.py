import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from notifications.models import Notification

log = logging.getLogger(__name__)

DIGEST_WINDOW = timedelta(days=7)


@shared_task
def queue_weekly_digests():
    users = get_user_model().objects.filter(is_active=True, profile__weekly_digest=True)
    for pk in users.values_list("pk", flat=True).iterator():
        send_weekly_digest.delay(pk)


@shared_task(
    autoretry_for=(ConnectionError, TimeoutError),
    retry_backoff=30,
    retry_kwargs={"max_retries": 5},
    acks_late=True,
)
def send_weekly_digest(user_id: int):
    user = get_user_model().objects.get(pk=user_id)
    since = timezone.now() - DIGEST_WINDOW
    items = list(
        Notification.objects.filter(recipient=user, created_at__gte=since, read_at__isnull=True)
        .order_by("-created_at")[:25]
    )
    if not items:
        log.debug("no digest for user %s", user_id)
        return 0
    ctx = {"user": user, "items": items, "site_url": settings.SITE_URL}
    msg = EmailMultiAlternatives(
        subject=f"Your week on {settings.SITE_NAME}: {len(items)} updates",
        body=render_to_string("notifications/digest.txt", ctx),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
    msg.attach_alternative(render_to_string("notifications/digest.html", ctx), "text/html")
    msg.send()
    Notification.objects.filter(pk__in=[n.pk for n in items]).update(digested_at=timezone.now())
    return len(items)
