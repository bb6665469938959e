from flask import Blueprint, jsonify, request, session

from shop.models import Product

bp = Blueprint("cart", __name__, url_prefix="/cart")


def _cart():
    return session.setdefault("cart", {})


@bp.get("/")
def show():
    cart = _cart()
    products = Product.query.filter(Product.id.in_([int(k) for k in cart])).all()
    items = [{"id": p.id, "name": p.name, "qty": cart[str(p.id)], "price": str(p.price)} for p in products]
    return jsonify(items=items)


@bp.post("/add")
def add():
    data = request.get_json(force=True)
    product_id = str(int(data["product_id"]))
    qty = max(1, min(int(data.get("qty", 1)), 99))
    cart = _cart()
    cart[product_id] = cart.get(product_id, 0) + qty
    session.modified = True
    return jsonify(ok=True, count=sum(cart.values()))
