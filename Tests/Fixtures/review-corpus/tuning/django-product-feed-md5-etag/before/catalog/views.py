from django.http import JsonResponse
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
    response["Cache-Control"] = "public, max-age=300"
    return response
