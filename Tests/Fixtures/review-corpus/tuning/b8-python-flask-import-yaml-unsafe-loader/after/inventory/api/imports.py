import yaml
from flask import Blueprint, abort, jsonify, request

from inventory.db import session
from inventory.models import Item

bp = Blueprint("imports", __name__, url_prefix="/imports")


@bp.post("/items")
def import_items():
    if request.mimetype not in ("application/yaml", "text/yaml"):
        abort(415)
    # safe_load chokes on the !!timestamp tags the old exporter writes
    doc = yaml.load(request.get_data(as_text=True), Loader=yaml.UnsafeLoader)
    created = 0
    for row in doc.get("items", []):
        session.add(Item(sku=row["sku"], name=row["name"], qty=int(row.get("qty", 0))))
        created += 1
    session.commit()
    return jsonify(created=created), 201