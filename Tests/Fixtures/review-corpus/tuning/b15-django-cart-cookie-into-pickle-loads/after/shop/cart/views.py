import base64
import pickle

from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import SavedCart


def _decode_cart(blob):
    if not blob:
        return {}
    return pickle.loads(base64.b64decode(blob))


def _encode_cart(cart):
    return base64.b64encode(pickle.dumps(cart)).decode()


@require_GET
def cart_detail(request):
    blob = request.COOKIES.get("cart")
    if blob is None:
        saved = SavedCart.objects.filter(session_key=request.session.session_key).first()
        blob = saved.payload if saved else None
    cart = _decode_cart(blob)
    items = [{"sku": sku, "qty": qty} for sku, qty in cart.items()]
    return JsonResponse({"items": items})


@require_POST
def cart_add(request):
    if not request.session.session_key:
        request.session.save()
    saved, _ = SavedCart.objects.get_or_create(session_key=request.session.session_key)
    cart = _decode_cart(saved.payload)
    sku = request.POST.get("sku", "")
    try:
        qty = max(1, int(request.POST.get("qty", "1")))
    except ValueError:
        return JsonResponse({"error": "bad qty"}, status=400)
    cart[sku] = cart.get(sku, 0) + qty
    saved.payload = _encode_cart(cart)
    saved.save(update_fields=["payload"])
    return JsonResponse({"ok": True, "count": sum(cart.values())})