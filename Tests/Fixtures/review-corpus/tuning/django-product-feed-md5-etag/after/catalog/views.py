import hashlib

from django.http import HttpResponseNotModified, JsonResponse
from django.views.decorators.http import require_GET

from catalog.models import Product
from catalog.serializers import serialize_product


@require_GET
def product_feed(request):
    products = (
        Product.objects.filter(is_active=True)
        .select_related("brand")
        .order_by("id")
    )
    payload = {"products": [serialize_product(p) for p in products]}
    response = JsonResponse(payload)
    # Cheap content fingerprint for conditional GETs; not a security control.
    etag = '"%s"' % hashlib.md5(response.content, usedforsecurity=False).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified(headers={"ETag": etag})
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=300"
    return response
