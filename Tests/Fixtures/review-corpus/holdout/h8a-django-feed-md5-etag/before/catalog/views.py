import json

from django.core.cache import cache
from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Product
from .serializers import product_to_dict

CACHE_TTL = 300


@require_GET
def product_feed(request, category_slug):
    cache_key = f"feed:{category_slug}"
    body = cache.get(cache_key)
    if body is None:
        products = (
            Product.objects.filter(category__slug=category_slug, is_published=True)
            .select_related("brand")
            .order_by("sort_order", "id")
        )
        body = json.dumps([product_to_dict(p) for p in products], separators=(",", ":"))
        cache.set(cache_key, body, CACHE_TTL)
    return HttpResponse(body, content_type="application/json")
