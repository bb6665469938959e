import base64
import pickle

from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import Product

CART_COOKIE = "cart"


def _read_cart(request):
    raw = request.COOKIES.get(CART_COOKIE)
    if not raw:
        return {}
    try:
        # pickle keeps Decimal quantities and sets intact, json did not
        return pickle.loads(base64.urlsafe_b64decode(raw))
    except (ValueError, TypeError, pickle.UnpicklingError):
        return {}


@require_GET
def cart_summary(request):
    cart = _read_cart(request)
    products = Product.objects.in_bulk([int(pid) for pid in cart])
    lines = [
        {"id": pid, "name": products[int(pid)].name, "qty": qty}
        for pid, qty in cart.items()
        if int(pid) in products
    ]
    return JsonResponse({"lines": lines})


@require_POST
def add_to_cart(request, product_id):
    cart = _read_cart(request)
    cart[str(product_id)] = cart.get(str(product_id), 0) + 1
    resp = JsonResponse({"ok": True})
    resp.set_cookie(CART_COOKIE, base64.urlsafe_b64encode(pickle.dumps(cart)).decode())
    return resp
