from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Product
from .serializers import product_to_dict


@require_GET
def product_detail(request, slug):
    product = get_object_or_404(
        Product.objects.select_related("brand"), slug=slug, is_active=True
    )
    return JsonResponse(product_to_dict(product))


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