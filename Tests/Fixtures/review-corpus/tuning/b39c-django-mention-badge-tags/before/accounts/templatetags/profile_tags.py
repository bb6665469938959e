from django import template
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()

AVATAR_SIZES = {"sm": 24, "md": 40, "lg": 96}


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


@register.filter
def initials(user):
    parts = (user.display_name or user.username).split()
    return "".join(p[0].upper() for p in parts[:2])
