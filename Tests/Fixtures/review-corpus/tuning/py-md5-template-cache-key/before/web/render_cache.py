from django.core.cache import cache
from django.template.loader import render_to_string

TTL = 300


def render_cached(template_name, context):
    key = f"render:{template_name}:{context.get('id')}"
    html = cache.get(key)
    if html is None:
        html = render_to_string(template_name, context)
        cache.set(key, html, TTL)
    return html


def invalidate(template_name, object_id):
    cache.delete(f"render:{template_name}:{object_id}")
