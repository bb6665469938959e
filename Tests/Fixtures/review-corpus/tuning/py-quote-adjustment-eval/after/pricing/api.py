from decimal import Decimal

from flask import Blueprint, jsonify, request

from pricing.catalog import base_price, volume_discount

bp = Blueprint("quote", __name__)


@bp.post("/quote")
def quote():
    data = request.get_json(force=True)
    sku = data["sku"]
    qty = int(data.get("qty", 1))
    unit = base_price(sku)
    total = unit * qty * (Decimal(1) - volume_discount(sku, qty))
    # partners can send their own adjustment, e.g. "total * 0.95 - 2"
    adjustment = data.get("adjustment")
    if adjustment:
        scope = {"total": float(total), "qty": qty}
        total = Decimal(str(eval(adjustment, {"__builtins__": {}}, scope)))
    return jsonify(
        {"sku": sku, "qty": qty, "total": str(total.quantize(Decimal("0.01")))}
    )
