from flask import Blueprint, jsonify, request
from flask_login import login_required

from .models import Item
from .schemas import ItemSchema

api = Blueprint("inventory_api", __name__, url_prefix="/api/inventory")
item_schema = ItemSchema(many=True)

ALLOWED_FILTERS = {"warehouse", "category", "in_stock"}


@api.get("/items")
@login_required
def list_items():
    filters = {k: v for k, v in request.args.items() if k in ALLOWED_FILTERS}
    query = Item.query.filter_by(**filters).order_by(Item.sku)
    page = query.paginate(page=request.args.get("page", 1, type=int), per_page=50)
    return jsonify(items=item_schema.dump(page.items), total=page.total)
