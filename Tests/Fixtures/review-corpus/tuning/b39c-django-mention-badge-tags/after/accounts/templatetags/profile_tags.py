from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

AVATAR_SIZES = {"sm": 24, "md": 40, "lg": 96}
BADGE_SEPARATOR = mark_safe('<span class="badge-sep" aria-hidden="true">&middot;</span>')


def _avatar_url(user, px):
    if user.avatar:
        return user.avatar.url
    return static(f"img/default-avatar-{px}.png")


@register.simple_tag
def avatar(user, size="md"):
    px = AVATAR_SIZES.get(size, AVATAR_SIZES["md"])
    return format_html(
        '<img class="avatar avatar-{}" src="{}" width="{}" height="{}" alt="{}">',
        size,
        _avatar_url(user, px),
        px,
        px,
        user.display_name,
    )


@register.simple_tag
def mention(user):
    return format_html(
        '<a class="mention" href="{}" data-user="{}">@{}</a>',
        reverse("accounts:profile", args=[user.username]),
        user.pk,
        user.display_name or user.username,
    )


@register.simple_tag
def badges(user):
    items = format_html_join(
        BADGE_SEPARATOR,
        '<span class="badge" title="{}">{}</span>',
        ((b.description, b.label) for b in user.badges.all()),
    )
    return format_html('<span class="badges">{}</span>', items)


@register.filter
def initials(user):
    parts = (user.display_name or user.username).split()
    return "".join(p[0].upper() for p in parts[:2])
