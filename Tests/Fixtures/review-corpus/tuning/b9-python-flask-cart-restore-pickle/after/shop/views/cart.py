import base64
import pickle

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


@bp.get("/export")
def export():
    blob = base64.urlsafe_b64encode(pickle.dumps(dict(_cart()))).decode()
    return jsonify(snapshot=blob)


@bp.post("/restore")
def restore():
    snapshot = request.form.get("snapshot") or request.get_json(force=True).get("snapshot", "")
    restored = pickle.loads(base64.urlsafe_b64decode(snapshot))
    session["cart"] = {str(k): int(v) for k, v in restored.items()}
    return jsonify(ok=True, count=sum(session["cart"].values()))
