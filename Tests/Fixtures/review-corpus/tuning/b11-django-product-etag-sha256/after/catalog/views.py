import hashlib
import json

from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Product
from .serializers import product_to_dict


@require_GET
def product_detail(request, slug):
    product = get_object_or_404(
        Product.objects.select_related("brand"), slug=slug, is_active=True
    )
    body = json.dumps(product_to_dict(product), sort_keys=True, separators=(",", ":"))
    etag = '"%s"' % hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_GET
def product_list(request):
    qs = Product.objects.filter(is_active=True).order_by("-created_at")
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "results": [product_to_dict(p) for p in page.object_list],
            "page": page.number,
            "pages": page.paginator.num_pages,
        }
    )