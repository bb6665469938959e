from decimal import Decimal

from flask import Blueprint, jsonify, request, session

from shop.catalog import get_product

bp = Blueprint("cart", __name__, url_prefix="/cart")


class Cart:
    def __init__(self, lines=None):
        self.lines = lines or {}

    def add(self, sku, qty):
        self.lines[sku] = self.lines.get(sku, 0) + qty

    def total(self):
        return sum((get_product(sku).price * qty for sku, qty in self.lines.items()), Decimal("0"))


def load_cart():
    return Cart(session.get("cart_lines"))


def save_cart(cart, response):
    session["cart_lines"] = cart.lines
    return response


@bp.post("/add")
def add_to_cart():
    payload = request.get_json(force=True)
    cart = load_cart()
    cart.add(payload["sku"], int(payload.get("qty", 1)))
    return save_cart(cart, jsonify(total=str(cart.total())))
