from decimal import Decimal

import jsonpickle
from flask import Blueprint, jsonify, request

from shop.catalog import get_product

bp = Blueprint("cart", __name__, url_prefix="/cart")

CART_COOKIE = "cart_v2"
CART_MAX_AGE = 60 * 60 * 24 * 30


class Cart:
    def __init__(self, lines=None):
        self.lines = lines or {}

    def add(self, sku, qty):
        self.lines[sku] = self.lines.get(sku, 0) + qty

    def total(self):
        return sum((get_product(sku).price * qty for sku, qty in self.lines.items()), Decimal("0"))


def load_cart():
    raw = request.cookies.get(CART_COOKIE)
    if raw:
        return jsonpickle.decode(raw)
    return Cart()


def save_cart(cart, response):
    # keep the cart across logout: the Flask session is wiped then, this cookie is not
    response.set_cookie(CART_COOKIE, jsonpickle.encode(cart), max_age=CART_MAX_AGE, httponly=True, samesite="Lax")
    return response


@bp.post("/add")
def add_to_cart():
    payload = request.get_json(force=True)
    cart = load_cart()
    cart.add(payload["sku"], int(payload.get("qty", 1)))
    return save_cart(cart, jsonify(total=str(cart.total())))
