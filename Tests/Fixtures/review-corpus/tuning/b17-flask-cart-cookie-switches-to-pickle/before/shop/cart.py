"""Anonymous shopping cart kept client-side in a cookie.

Logged-out visitors get their cart stored in the ``cart`` cookie so we do
not need a server-side session for every browser that lands on the shop.
"""
import base64
import json
from decimal import Decimal

from flask import Blueprint, abort, current_app, jsonify, make_response, request

from .catalog import get_product

bp = Blueprint("cart", __name__, url_prefix="/cart")

COOKIE_NAME = "cart"
MAX_AGE = 60 * 60 * 24 * 14


def _load_cart():
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return {"items": []}
    try:
        data = json.loads(base64.urlsafe_b64decode(raw.encode("ascii")))
    except (ValueError, UnicodeDecodeError):
        current_app.logger.info("discarding unreadable cart cookie")
        return {"items": []}
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return {"items": []}
    return data


def _dump_cart(cart):
    return base64.urlsafe_b64encode(json.dumps(cart).encode("utf-8")).decode("ascii")


def _with_cookie(payload, cart):
    resp = make_response(jsonify(payload))
    resp.set_cookie(COOKIE_NAME, _dump_cart(cart), max_age=MAX_AGE,
                    secure=True, httponly=True, samesite="Lax")
    return resp


def _totals(cart):
    subtotal = Decimal("0")
    for line in cart["items"]:
        product = get_product(line["sku"])
        if product is None:
            continue
        subtotal += product.price * int(line["qty"])
    return {"subtotal": str(subtotal), "count": sum(int(i["qty"]) for i in cart["items"])}


@bp.get("")
def show():
    cart = _load_cart()
    return jsonify({"items": cart["items"], **_totals(cart)})


@bp.post("/items")
def add_item():
    body = request.get_json(silent=True) or {}
    sku = body.get("sku")
    qty = int(body.get("qty", 1))
    if not sku or get_product(sku) is None or not 0 < qty <= 50:
        abort(400)
    cart = _load_cart()
    for line in cart["items"]:
        if line["sku"] == sku:
            line["qty"] = min(50, int(line["qty"]) + qty)
            break
    else:
        cart["items"].append({"sku": sku, "qty": qty})
    return _with_cookie({"ok": True, **_totals(cart)}, cart)


@bp.delete("/items/<sku>")
def remove_item(sku):
    cart = _load_cart()
    cart["items"] = [line for line in cart["items"] if line["sku"] != sku]
    return _with_cookie({"ok": True, **_totals(cart)}, cart)